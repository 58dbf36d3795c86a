"""Sessions: ``nox -s docs``, ``nox -s tests``, ``nox -s lint``, ``nox -s serve``.

``nox -s tests`` runs the suite on the Python that runs nox. ``nox -s tests-3.13`` (and the other
versions listed in pyproject.toml's classifiers) runs it on that interpreter, when the machine
has one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "venv"
nox.options.sessions = ["lint", "tests", "docs"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).resolve().parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
# The supported versions: pyproject.toml's classifiers, the one list (the harness reads it too).
PYTHON_VERSIONS = nox.project.python_versions(PYPROJECT)
SPHINX_ARGS = ["-c", "conf", "docs", "build/html", "-W", "--keep-going", "-n"]


def install_group(session: nox.Session, group: str) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, group))


# The suite mostly waits (declared hangs, sleeps, interpreter start-ups), so it runs more workers
# than cores; README.md, "How long the tests take", has the measurement (nox -s timing).
WORKERS_PER_CORE = 4


def test_workers() -> int:
    return WORKERS_PER_CORE * (os.cpu_count() or 1)


def xdist_args() -> list[str]:
    # The harness orders the tests longest first; --maxschedchunk 1 makes xdist hand them out in
    # that order, one at a time, instead of in runs of consecutive tests.
    return ["-n", str(test_workers()), "--maxschedchunk", "1"]


def run_tests(session: nox.Session) -> None:
    install_group(session, "tests")
    session.run("pytest", *xdist_args(), *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Run every page's snippets under spawn, fork and forkserver, and the harness's own tests."""
    run_tests(session)


for _version in PYTHON_VERSIONS:
    nox.session(name=f"tests-{_version}", python=_version, default=False)(run_tests)


@nox.session(default=False)
def timing(session: nox.Session) -> None:
    """Time the suite: wall and CPU time per worker count (``nox -s timing -- --workers 2 6``)."""
    install_group(session, "tests")
    session.run("python", "tests/time_suite.py", "--workers", str(test_workers()), *session.posargs)


@nox.session(default=False)
def stress(session: nox.Session) -> None:
    """The suite under load: N consecutive full runs (default 5) with a busy loop on every core.

    ``nox -s stress -- 5 docs/pools/pool.md`` runs one page five times; the busy loops end with
    the session. Every run must pass: an example that fails only under load has a timing bug.
    """
    install_group(session, "tests")
    pytest_args = list(session.posargs)
    runs = int(pytest_args.pop(0)) if pytest_args[:1] and pytest_args[0].isdigit() else 5
    hogs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 1)
    ]
    failures = []
    try:
        for number in range(1, runs + 1):
            session.log(f"stress run {number} of {runs}, {len(hogs)} busy loops")
            try:
                session.run("pytest", *xdist_args(), *pytest_args)
            except nox.command.CommandFailed:
                failures.append(number)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    if failures:
        session.error(f"{len(failures)} of {runs} runs failed under load: {failures}")
    session.log(f"{runs} of {runs} runs passed under load")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the HTML site into build/html, failing on any warning."""
    install_group(session, "docs")
    shutil.rmtree(ROOT / "build" / "html", ignore_errors=True)
    session.run("sphinx-build", *SPHINX_ARGS, *session.posargs)
    session.log(f"Open {ROOT / 'build' / 'html' / 'index.html'} in a browser.")


@nox.session(default=False)
def serve(session: nox.Session) -> None:
    """Preview the site at http://127.0.0.1:8000, rebuilt on every change."""
    install_group(session, "serve")
    session.run(
        "sphinx-autobuild",
        *SPHINX_ARGS,
        "--watch",
        "snippets",
        "--host",
        "127.0.0.1",
        *session.posargs,
    )


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over the whole repository."""
    install_group(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Run the benchmark snippets at full size; write data, plots and tables to docs/performance/.

    It takes several minutes: run it on a machine doing nothing else. ``nox -s bench --
    --render-only`` redraws the plots and tables from the committed data without measuring.
    """
    install_group(session, "bench")
    session.run("python", "tools/bench.py", *session.posargs)


@nox.session(default=False)
def timelines(session: nox.Session) -> None:
    """Record the timeline pictures from real runs into docs/timelines/ (JSON and SVG).

    ``nox -s timelines -- --render-only`` redraws the pictures from the committed JSON files.
    """
    install_group(session, "bench")
    session.run("python", "tools/timelines.py", *session.posargs)


# The browser checks: Playwright drives the system Chromium (apt-get install chromium); it never
# downloads a browser. The Node tools (axe-core, lighthouse@12) come from
# tests/browser/package-lock.json, installed beside it.
# Set CHROMIUM to use another browser binary than /usr/bin/chromium.


BROWSER_CHECKS = ROOT / "tests" / "browser"
CHECKS_REPOSITORY_URL = "https://github.com/example/multiprocessing-by-example"
# Worker processes for the browser checks (BROWSER_WORKERS in the environment overrides it).
# Much of a check is waiting (page loads, network idle), so more workers than cores pay off.
BROWSER_WORKERS = "4"


def build_site_for_checks(session: nox.Session) -> None:
    session.env["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"
    # The checks look at the repository buttons too; a published build sets its own address.
    session.env["SITE_REPOSITORY_URL"] = (
        os.environ.get("SITE_REPOSITORY_URL") or CHECKS_REPOSITORY_URL
    )
    install_group(session, "docs")
    if not (BROWSER_CHECKS / "node_modules" / ".package-lock.json").is_file():
        session.run(
            "npm", "ci", "--prefix", str(BROWSER_CHECKS), "--no-audit", "--no-fund", external=True
        )
    shutil.rmtree(ROOT / "build" / "html", ignore_errors=True)
    session.run("sphinx-build", "-q", *SPHINX_ARGS)


@nox.session(default=False)
def browser(session: nox.Session) -> None:
    """Build the site and check it in Chromium: console errors, links, search, copy buttons,
    downloads, dark mode, phone width, axe, page weight; screenshots in build/screenshots."""
    build_site_for_checks(session)
    install_group(session, "browser")
    session.run(
        "pytest",
        "-c",
        "tests/browser/checks.ini",
        "--rootdir",
        "tests/browser",
        # Pages in parallel: each worker has one Chromium and takes whole pages
        # (site_checks.py groups a page's checks); see BROWSER_WORKERS.
        "-n",
        os.environ.get("BROWSER_WORKERS", BROWSER_WORKERS),
        "--dist",
        "loadgroup",
        "tests/browser/site_checks.py",
        *session.posargs,
    )


@nox.session(default=False)
def lighthouse(session: nox.Session) -> None:
    """Build the site and run Lighthouse, mobile and desktop, on the home page and two topic
    pages (``nox -s lighthouse -- PAGE ...`` for others); reports in build/lighthouse."""
    build_site_for_checks(session)
    session.run("python", "tests/browser/lighthouse_run.py", *session.posargs)
