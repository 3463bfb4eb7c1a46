"""CI runs the README's test command, exactly: the line after "# The README's test command,
exactly:" in ``.ci/run`` is command 2 of the README's "Set-up on a fresh machine", and that
command checks the style and the types before it runs the tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_command_2() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Set-up on a fresh machine", 1)[1]
    # The block of the two commands (the system packages' block comes before it).
    blocks = [block.split("```", 1)[0] for block in section.split("```sh")[1:]]
    lines = next(b for b in blocks if "\n# 2." in b).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("# 2."))
    return lines[at + 1].strip()


def _ci_command() -> str:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    at = lines.index("# The README's test command, exactly:")
    return lines[at + 1].strip()


def test_ci_runs_the_readme_test_command_exactly() -> None:
    assert _ci_command() == _readme_command_2()


def test_the_test_command_checks_style_and_types_before_the_tests() -> None:
    steps = [step.strip() for step in _readme_command_2().split("&&")]
    assert steps == [
        "python3 -m pip install -e '.[test]'",
        "python3 -m ruff check .",
        "python3 -m mypy",
        "python3 -m pytest",
    ]


def test_the_system_packages_are_installed_before_command_1() -> None:
    """On a bare Debian machine command 1 needs Qt's libraries: the README installs
    packaging/apt-packages.txt first, and its command names exactly that list."""
    import subprocess

    section = (ROOT / "README.md").read_text(encoding="utf-8").split(
        "## Set-up on a fresh machine", 1)[1]
    line = next(li for li in section.splitlines() if "apt-get install" in li)
    assert section.index(line) < section.index("# 1.")
    words = subprocess.run(["bash", "-c", "echo " + line.split("-y", 1)[1].strip()],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    listed = [li.strip() for li in (ROOT / "packaging" / "apt-packages.txt").read_text()
              .splitlines() if li.strip() and not li.startswith("#")]
    assert words == listed


def test_ci_builds_the_bundle_once_and_hands_it_to_the_tests() -> None:
    """tests/bundle (marked slow) runs the bundle .ci/run built and timed, rather than
    building another inside pytest's timeout."""
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install = text.index("python3 -m pip install -q -e '.[bundle]'")
    build = text.index("\nbash packaging/build.sh\n")
    handed = text.index('export REVDESK_BUNDLE="$PWD/dist/revdesk"')
    tests = text.index("# The README's test command, exactly:")
    assert install < build < handed < tests
