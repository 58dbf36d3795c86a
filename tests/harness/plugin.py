"""The pytest plugin that turns every page under ``docs/`` into tests (loaded by pyproject.toml).

* One Sybil per start method, plus one for snippets that run once as plain ``python file.py``:
  each snippet a page includes becomes a test ``<snippet>[<method>]`` in that page's file.
* One Sybil for the Python blocks written in the pages themselves (``>>>`` sessions).
* After the run: no process that a snippet started may still be alive, and no shared-memory
  segment or named semaphore may be left in ``/dev/shm``.
"""

from __future__ import annotations

import doctest
import io
import multiprocessing
import os
import sys
import time
import uuid
from pathlib import Path

import pytest
from sybil import Example, Region, Sybil
from sybil.parsers.myst import CodeBlockParser
from sybil.sybil import SybilCollection

from . import judge, runner
from .spec import DEFAULT_TIMEOUT, METHODS, PLAIN, Snippet, parse_page

SHM = Path("/dev/shm")
# Seconds an entry that appeared during the run may take to go (the harness's own tests, which
# leave one on purpose, shorten it with MPBE_SHM_PATIENCE).
SHM_PATIENCE = float(os.environ.get("MPBE_SHM_PATIENCE", "10"))


class SnippetCase:
    """What one test runs: a snippet under one method."""

    def __init__(self, snippet: Snippet, method: str) -> None:
        self.snippet = snippet
        self.method = method

    def __repr__(self) -> str:
        return f"<{self.snippet.name} under {self.method}>"


class PageSybil(Sybil):
    def identify(self, example: Example) -> str:
        case = example.parsed
        if isinstance(case, SnippetCase):
            return f"{case.snippet.name}[{case.method}]"
        return super().identify(example)


def _describe(method: str) -> str:
    return "a plain run (python file.py)" if method == PLAIN else f"start method {method!r}"


def evaluate(example: Example) -> str | None:
    case: SnippetCase = example.parsed
    snippet, method = case.snippet, case.method
    root = snippet.snippets.parent
    page = snippet.page.relative_to(root) if root in snippet.page.parents else snippet.page
    header = f"{page}, line {snippet.line}: {snippet.name} under {_describe(method)}"
    if snippet.errors:
        return "\n".join([header, *(f"  - {error}" for error in snippet.errors)])
    if method != PLAIN and method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"start method {method!r} is not available on {sys.platform}")
    reason = snippet.skip_reason(method)
    if reason:
        pytest.skip(f"{snippet.name}: {reason}")

    run = runner.run(snippet.path, method, judge.time_limit(snippet, method))
    problems = judge.problems(snippet, method, run)
    if not problems:
        return None
    command = " ".join(runner.command_for(snippet.path, method))
    return "\n".join([header, *(f"  - {problem}" for problem in problems), f"  (ran: {command})"])


def evaluate_session(example: Example) -> str | None:
    """Run a ``>>>`` session written in a page, on its own, in a fresh namespace."""
    source = example.parsed
    if not source.lstrip().startswith(">>>"):
        return (
            "a Python block in a page must be a >>> session; "
            "put programs under snippets/ and include them"
        )
    test = doctest.DocTestParser().get_doctest(
        source, {"__name__": "__main__"}, Path(example.path).name, example.path, example.line
    )
    report = io.StringIO()
    runner_ = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner_.run(test, out=report.write, clear_globs=True)
    return report.getvalue() or None


# Each page is read by one Sybil per method: parse it once for all of them.
_parsed_pages: dict[tuple[str, str], list[Snippet]] = {}


def _parse_once(text: str, page: Path, root: Path) -> list[Snippet]:
    key = (str(page), text)
    if key not in _parsed_pages:
        _parsed_pages[key] = parse_page(text, page, root / "docs", root / "snippets")
    return _parsed_pages[key]


def _snippet_parser(method: str, root: Path):
    def parse(document) -> list[Region]:
        page = Path(document.path)
        regions = []
        for snippet in _parse_once(document.text, page, root):
            if method in snippet.methods:
                regions.append(
                    Region(snippet.start, snippet.end, SnippetCase(snippet, method), evaluate)
                )
        return regions

    return parse


def _sybils(root: Path) -> SybilCollection:
    """The pages are ``docs/**/*.md`` below pytest's rootdir, their snippets in ``snippets/``."""
    common = {"path": str(root / "docs"), "patterns": ["*.md"]}
    sybils = [
        PageSybil(parsers=[_snippet_parser(method, root)], name=method, **common)
        for method in (*METHODS, PLAIN)
    ]
    # Each >>> session stands alone, so that xdist may run the sessions of a page anywhere.
    sessions = CodeBlockParser(language="python", evaluator=evaluate_session)
    sybils.append(PageSybil(parsers=[sessions], name="python", **common))
    return SybilCollection(sybils)


_collect_key = pytest.StashKey[object]()


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    return parent.config.stash[_collect_key](file_path, parent)


# --- Longest first ----------------------------------------------------------------------------
# The suite's wall time is set by its longest runs when they start last. So the tests run in
# the order of how long they are expected to take, longest first (with ``--maxschedchunk 1``
# pytest-xdist hands them out in that order, one at a time), and the short ones fill the gaps.
# The estimate needs no earlier run: a declared hang lasts its seconds, a declared time-out
# above the default marks a slow program, spawn and forkserver start more interpreters than
# fork, and a harness test that runs a scenario site starts a whole pytest.
METHOD_SECONDS = {"spawn": 1.5, "forkserver": 1.2, "fork": 0.8, PLAIN: 0.6}


def expected_seconds(item: pytest.Item) -> float:
    case = getattr(getattr(item, "example", None), "parsed", None)
    if isinstance(case, SnippetCase):
        snippet, method = case.snippet, case.method
        hang = snippet.hangs.get(method)
        if hang:
            return hang.seconds + METHOD_SECONDS.get(method, 1.0)
        slow = snippet.timeout / 6 if snippet.timeout > DEFAULT_TIMEOUT else 0.0
        return slow + METHOD_SECONDS.get(method, 1.0)
    if "pytester" in getattr(item, "fixturenames", ()):
        return 8.0
    return 0.1


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Only where xdist spreads the tests (in one process the order changes nothing but the
    # report's, which then follows the pages). sorted() is stable: every xdist worker gets the
    # same order, as xdist requires.
    if hasattr(config, "workerinput"):
        items[:] = sorted(items, key=expected_seconds, reverse=True)


# --- After the run: nothing left behind -------------------------------------------------------

_shm_key = pytest.StashKey[set]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_collect_key] = _sybils(config.rootpath).pytest()
    # xdist workers inherit this, and every snippet process inherits it from them (runner.py
    # marks snippet runs with it), so leftovers can be found wherever they were reparented.
    os.environ.setdefault(runner.TOKEN_VARIABLE, uuid.uuid4().hex)
    if not hasattr(config, "workerinput"):
        config.stash[_shm_key] = _shm_entries()


def _shm_entries() -> set[str]:
    # Hidden names belong to other programs (browsers keep theirs there).
    if not SHM.is_dir():
        return set()
    return {entry.name for entry in SHM.iterdir() if not entry.name.startswith(".")}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if hasattr(config, "workerinput"):
        return
    problems = []
    processes = runner.marked_processes(os.environ[runner.TOKEN_VARIABLE])
    if processes:
        problems.append("processes started by snippets are still alive:")
        problems.extend(f"  {process}" for process in processes)
    before = config.stash.get(_shm_key, set())
    leaked = _shm_entries() - before
    # Another program's semaphore may exist for a while (another test suite on the machine may
    # be running); a leak is still there later.
    deadline = time.monotonic() + SHM_PATIENCE
    while leaked and time.monotonic() < deadline:
        time.sleep(0.5)
        leaked &= _shm_entries()
    leaked = sorted(leaked)
    if leaked:
        problems.append(f"left behind in {SHM} (shared memory or semaphores not unlinked):")
        problems.extend(f"  {name}" for name in leaked)
    if problems:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_sep("=", "left behind by the snippets", red=True)
            for line in problems:
                reporter.write_line(line)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
