"""A small HTTP server on loopback for answers the sandbox does not give (redirects, hostile
text): each path answers what the test put in ``routes``."""

from __future__ import annotations

import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Server:
    """A loopback HTTP server answering from ``routes`` (path -> (status, headers, body)),
    recording every request's path and headers."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Any] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                status, headers, body = outer.answer(self.path)
                self.send_response(status)
                for name, value in {"content-length": str(len(body)), **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # answered as a GET of its path; the body is read
                self.rfile.read(int(self.headers.get("content-length") or 0))
                self.do_GET()

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls is not None:  # https with the test's certificate
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        if path.startswith("/loop/"):  # /loop/1 -> /loop/2 -> ... for ever
            return 302, {"location": f"/loop/{int(path.rsplit('/', 1)[1]) + 1}"}, b""
        # Matched without the query; requests records it whole. A route may be a function of
        # the whole path, for answers that change with every request.
        route = self.routes.get(path.split("?", 1)[0],
                                (404, {}, b'{"code": 5, "message": "no such thing"}'))
        return route(path) if callable(route) else route

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
