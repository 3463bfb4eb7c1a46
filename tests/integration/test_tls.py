"""A certificate the station cannot trust, over real TLS on loopback: said in plain words
("REVER's certificate is not valid (…)") and never retried, since sending again cannot
make a certificate valid (a transient "no connection" was retried five times before)."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import logging
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback_server import Server
from test_cli import assert_plain, revdesk

from revdesk.api import RetryPolicy, ReverAdminClient, Transport, errors
from revdesk.domain.connection import ConnectionState, ConnectionTracker

KEY = "sk-test-tls-0123456789"


def self_signed(tmp_path: Path) -> ssl.SSLContext:
    """A server context with a self-signed certificate for 127.0.0.1."""
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "rever.example")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


@pytest.fixture
def untrusted(tmp_path: Path) -> Iterator[Server]:
    server = Server(tls=self_signed(tmp_path))
    try:
        yield server
    finally:
        server.stop()


def test_an_untrusted_certificate_is_said_plainly_and_not_retried(
        untrusted: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="revdesk.api.transport")

    async def go() -> None:
        transport = Transport(untrusted.url, KEY, retry=RetryPolicy(max_attempts=5, base_delay=0))
        async with transport:
            await ReverAdminClient(transport).get_process("RP-1")

    with pytest.raises(errors.CertificateInvalid) as caught:
        asyncio.run(go())
    error = caught.value
    assert error.operator_message.startswith("REVER's certificate is not valid (")
    assert "self-signed" in error.operator_message and not error.transient
    assert "failed after 1 attempt(s)" in caplog.text and "retrying" not in caplog.text
    assert untrusted.requests == []  # nothing was sent over it


def test_the_cli_says_so_and_exits_2(untrusted: Server) -> None:
    result = revdesk("processes", "list", env={"REVDESK_API_URL": untrusted.url,
                                               "REVDESK_API_KEY": KEY})
    assert result.returncode == 2, result.stderr
    assert "REVER's certificate is not valid (" in result.stderr
    assert_plain(result)


def test_a_label_host_with_an_untrusted_certificate_is_the_label_s_problem(
        untrusted: Server) -> None:
    """The API is fine; the label's host is not: the message names the label's address,
    and the station's connection is not declared misconfigured."""
    import json

    api = Server()
    api.routes["/v1/processes/RP-1/label"] = (200, {"content-type": "application/json"},
                                              json.dumps({"url": f"{untrusted.url}/l.pdf"}).encode())

    async def go() -> None:
        transport = Transport(api.url, KEY, retry=RetryPolicy(max_attempts=3, base_delay=0))
        async with transport:
            await ReverAdminClient(transport).fetch_label("RP-1")

    try:
        with pytest.raises(errors.LabelUrlRefused) as caught:
            asyncio.run(go())
    finally:
        api.stop()
    assert not isinstance(caught.value, errors.InsecureUrl)
    message = caught.value.operator_message
    assert f"{untrusted.url}/l.pdf" in message and "certificate that is not valid" in message


def test_the_connection_state_says_the_certificate_is_the_cause(untrusted: Server) -> None:
    """Not "not configured" (the address and key may be right) nor "offline" (scans would be
    queued unchecked, and retried): the certificate. A later check looks again, once."""
    tracker = ConnectionTracker()

    async def go() -> list[ConnectionState]:
        transport = Transport(untrusted.url, KEY, retry=RetryPolicy(max_attempts=5, base_delay=0))
        async with transport:
            client = ReverAdminClient(transport)
            return [await tracker.probe(client), await tracker.probe(client)]

    assert asyncio.run(go()) == [ConnectionState.CERTIFICATE_INVALID] * 2
    assert isinstance(tracker.last_error, errors.CertificateInvalid)
    assert tracker.last_error.operator_message.startswith("REVER's certificate is not valid")
    assert untrusted.requests == []
