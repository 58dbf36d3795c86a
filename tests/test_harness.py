"""The harness's checks can fail.

Three layers: the comparison and the parser on strings; the pass/fail judgement of one run on
made-up runs (:func:`harness.judge.problems` is a pure function); and the whole harness, run
with pytester on the small sites in ``tests/scenarios/`` (a page and its snippets each), as
Sybil's own functional tests do.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import textwrap
import uuid
from pathlib import Path

import psutil
import pytest

from harness import compare, judge, runner
from harness.runner import Run
from harness.spec import Hang, PageError, PythonRequirement, parse_page

TESTS = Path(__file__).resolve().parent
SCENARIOS = TESTS / "scenarios"

# --- The comparison ---------------------------------------------------------------------------


def test_exact_match_is_line_for_line():
    assert compare.matches("a\nb\n", "a\nb\n")
    assert compare.matches("a\nb\n", "a\nb")  # a missing final newline is not a difference
    assert not compare.matches("a\nb\n", "b\na\n")
    assert not compare.matches("a\n", "a\nb\n")


def test_any_order_keeps_every_line():
    assert compare.matches("a\nb\n", "b\na\n", {"any-order"})
    assert not compare.matches("a\na\n", "a\nb\n", {"any-order"})


def test_ellipsis_matches_within_one_line_only():
    rules = {"ellipsis"}
    assert compare.matches("pid ...\n", "pid 1234\n", rules)
    assert not compare.matches("start\n...\nend\n", "start\nx\ny\nend\n", rules)
    assert not compare.matches("pid ...\n", "pid 12\nextra\n", rules)


def test_any_order_with_ellipsis_prefers_exact_lines():
    assert compare.matches("...\nb\n", "b\na\n", {"any-order", "ellipsis"})


def test_tail_compares_the_end():
    assert compare.matches("ValueError: x\n", "Traceback\n  ...\nValueError: x\n", {"tail"})
    assert not compare.matches("ValueError: x\n", "ValueError: x\nmore\n", {"tail"})


def test_numbers_match_any_number_and_nothing_else():
    rules = {"numbers"}
    assert compare.matches("10 items in 1.25 s\n", "3 items in 0.5 s\n", rules)
    assert compare.matches("x -1e-05 y 7\n", "x 12 y 0.25\n", rules)
    assert not compare.matches("10 items in 1.25 s\n", "10 items in 1.25 ms\n", rules)
    assert not compare.matches("1.25 s\n", "fast s\n", rules)
    assert not compare.matches("1 item\n", "1 item\n2 items\n", rules)
    assert not compare.matches("1.25 s\n", "1.30 s\n")  # without the rule, numbers are text
    # Padding belongs to the number: columns of right-aligned numbers still match.
    assert compare.matches("a   1.5 (1.0-2.5)  10%\n", "a 143.9 (99.1-150.0) 100%\n", rules)
    assert not compare.matches("a   1.5\n", "b   1.5\n", rules)


# --- The parser -------------------------------------------------------------------------------


def _parse(text: str, tmp_path: Path):
    docs, snippets = tmp_path / "docs", tmp_path / "snippets"
    (snippets / "part").mkdir(parents=True, exist_ok=True)
    (snippets / "part" / "a.py").write_text("print('a')\n")
    return parse_page(textwrap.dedent(text), docs / "page.md", docs, snippets)


INCLUDE = "```{literalinclude} /../snippets/part/a.py\n```\n"


def test_declarations_are_read(tmp_path):
    [snippet] = _parse(
        INCLUDE + "% test: skip fork -- no fork here\n% test: timeout 5\n"
        "% test: requires python>=3.10 -- needs match\n% test: hangs 2 spawn -- waits\n"
        "% output: spawn any-order\n```text\na\n```\n"
        "% output: forkserver stderr tail\n```text\nboom\n```\n",
        tmp_path,
    )
    assert snippet.skips == {"fork": "no fork here"}
    assert snippet.timeout == 5
    assert snippet.requires_python == PythonRequirement((3, 10), "needs match")
    assert snippet.hangs == {"spawn": Hang(2, "waits")}
    assert snippet.expected("spawn", "stdout").rules == {"any-order"}
    assert snippet.expected("forkserver", "stderr").text == "boom\n"
    assert snippet.errors == [
        "no output block for forkserver: add '% output:' and a block, "
        "or declare '% test: no-output -- REASON'"
    ]


def test_requires_root_skips_unless_root(tmp_path, monkeypatch):
    [snippet] = _parse(
        INCLUDE + "% test: requires root -- it mounts\n% output:\n```text\na\n```\n", tmp_path
    )
    assert snippet.requires_root == "it mounts"
    assert snippet.errors == []
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    assert snippet.skip_reason("fork") is None
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert snippet.skip_reason("fork") == "not run as root: it mounts"


@pytest.mark.parametrize(
    ("declaration", "message"),
    [
        ("% test: skipp fork -- typo\n", "cannot read"),
        ("% test: skip fork\n", "needs a reason"),
        ("% test: skip sporn -- typo\n", "unknown start method"),
        ("% test: requires python>=3.x -- typo\n", "is not a Python version"),
        ("% test: requires module=torch.cuda -- typo\n", "is not a top-level module name"),
        ("% test: timeout soon\n", "is not a number"),
    ],
)
def test_a_bad_declaration_is_an_error(tmp_path, declaration, message):
    [snippet] = _parse(INCLUDE + declaration + "% output:\n```text\na\n```\n", tmp_path)
    assert any(message in error for error in snippet.errors), snippet.errors


def test_blocks_can_depend_on_the_python_version(tmp_path):
    [snippet] = _parse(
        INCLUDE + "% output: python<3.11\n```text\nold\n```\n"
        "% output: python>=3.11\n```text\nnew\n```\n",
        tmp_path,
    )
    assert snippet.expected("spawn", "stdout", (3, 10)).text == "old\n"
    assert snippet.expected("spawn", "stdout", (3, 13)).text == "new\n"
    assert snippet.errors == []


def test_a_patch_release_is_checked_on_both_sides(tmp_path):
    [snippet] = _parse(
        INCLUDE + "% output: python<3.13.8\n```text\nold\n```\n"
        "% output: python>=3.13.9\n```text\nnew\n```\n",
        tmp_path,
    )
    assert snippet.expected("spawn", "stdout", (3, 13, 7)).text == "old\n"
    assert snippet.expected("spawn", "stdout", (3, 13, 9)).text == "new\n"
    assert "no output block for spawn on Python 3.13.8: " in snippet.errors[0]


def test_a_block_can_hold_for_a_range_of_releases(tmp_path):
    [snippet] = _parse(
        INCLUDE + "% output: python<3.13.8\n```text\nold\n```\n"
        "% output: python>=3.13.8 python<3.14\n```text\nmiddle\n```\n"
        "% output: python>=3.14\n```text\nnew\n```\n",
        tmp_path,
    )
    assert snippet.expected("spawn", "stdout", (3, 13, 7)).text == "old\n"
    assert snippet.expected("spawn", "stdout", (3, 13, 18)).text == "middle\n"
    assert snippet.expected("spawn", "stdout", (3, 14, 0)).text == "new\n"
    assert snippet.errors == []


def test_two_conditions_of_one_kind_are_an_error(tmp_path):
    [snippet] = _parse(
        INCLUDE + "% test: exit-code 1 python>=3.11 python>=3.12\n% output:\n```text\na\n```\n",
        tmp_path,
    )
    assert any("at most one python>=" in error for error in snippet.errors), snippet.errors


def test_an_exit_code_can_depend_on_the_python_version(tmp_path):
    [snippet] = _parse(
        INCLUDE + "% test: exit-code 2 spawn\n"
        "% test: exit-code 1 spawn python>=3.14 python<3.15\n"
        "% output:\n```text\na\n```\n",
        tmp_path,
    )
    assert snippet.exit_code("spawn", (3, 13, 18)) == 2
    assert snippet.exit_code("spawn", (3, 14, 10)) == 1
    assert snippet.exit_code("spawn", (3, 15, 2)) == 2
    assert snippet.exit_code("fork", (3, 14, 10)) == 0
    assert snippet.errors == []


def test_a_python_version_without_a_block_is_an_error(tmp_path):
    [snippet] = _parse(INCLUDE + "% output: python>=3.11\n```text\nnew\n```\n", tmp_path)
    assert "no output block for spawn on Python 3.10: " in snippet.errors[0]


@pytest.mark.parametrize(
    "text",
    [
        INCLUDE + "% output:\n\nsome prose\n",
        INCLUDE + "% output:\n" + INCLUDE,
        INCLUDE + "% output:\n",
        "% output:\n```text\na\n```\n",
        "% test: once -- why\n",
        INCLUDE + "% output: python>=3 python<4\n```text\na\n```\n",
        INCLUDE + "```text\nnever closed\n",
    ],
)
def test_a_page_that_cannot_be_read_is_an_error(tmp_path, text):
    with pytest.raises(PageError):
        _parse(text, tmp_path)


# --- The judgement of one run, on made-up runs -------------------------------------------------


def _snippet(tmp_path: Path, declarations: str = "", output: str = "a\n"):
    [snippet] = _parse(
        INCLUDE + declarations + f"% output:\n```text\n{output}```\n",
        tmp_path,
    )
    return snippet


def _run(stdout="a\n", stderr="", exit_code=0, leftovers=()) -> Run:
    return Run(["python", "a.py"], stdout, stderr, exit_code, 0.5, list(leftovers))


def test_a_run_that_prints_the_block_passes(tmp_path):
    assert judge.problems(_snippet(tmp_path), "fork", _run()) == []


@pytest.mark.parametrize(
    ("declarations", "run", "message"),
    [
        ("", _run(stdout="b\n"), "stdout differs from the page's block at line 5:"),
        ("", _run(stderr="Traceback\n"), "it wrote to stderr, and the page declares no stderr"),
        ("", _run(exit_code=1), "exit code 1, the page expects 0"),
        ("% test: exit-code 1\n", _run(), "exit code 0, the page expects 1"),
        ("", _run(exit_code=None), "it did not end within 30 s and the page declares no hang"),
        ("% test: hangs 3 -- waits\n", _run(), "the page says it hangs, but it ended after 0.5 s"),
        ("", _run(leftovers=["pid 7: sleep"]), "were still alive after its main process ended"),
    ],
)
def test_a_run_that_differs_fails(tmp_path, declarations, run, message):
    found = judge.problems(_snippet(tmp_path, declarations), "fork", run)
    assert len(found) == 1
    assert message in found[0]


def test_a_declared_hang_passes_when_killed(tmp_path):
    snippet = _snippet(tmp_path, "% test: hangs 3 fork -- waits\n")
    assert judge.time_limit(snippet, "fork") == 3
    assert judge.time_limit(snippet, "spawn") == 30
    assert judge.problems(snippet, "fork", _run(exit_code=None)) == []
    assert judge.problems(snippet, "spawn", _run(exit_code=None)) != []


def test_the_block_of_the_running_python_is_used(tmp_path):
    [snippet] = _parse(
        INCLUDE + "% output: python<3.12\n```text\nold\n```\n"
        "% output: python>=3.12\n```text\nnew\n```\n",
        tmp_path,
    )
    assert judge.problems(snippet, "fork", _run(stdout="old\n"), (3, 11)) == []
    assert judge.problems(snippet, "fork", _run(stdout="old\n"), (3, 12)) != []


# --- The whole harness on scenario sites ------------------------------------------------------

INI = f"""\
[pytest]
pythonpath = {TESTS}
addopts = -p harness.plugin -p no:doctest -p no:cacheprovider -p no:xdist -ra
"""


@pytest.fixture
def scenario(pytester, monkeypatch):
    """Copy a scenario site into pytester's folder; its runs get a test-run token of their own."""
    monkeypatch.delenv(runner.TOKEN_VARIABLE, raising=False)

    def copy(name: str) -> pytest.Pytester:
        shutil.copytree(SCENARIOS / name, pytester.path, dirs_exist_ok=True)
        pytester.makeini(INI)
        return pytester

    return copy


def test_a_good_page_passes_under_every_method(scenario):
    result = scenario("good").runpytest_subprocess("docs")
    # good.py and did_you_mean.py under three methods, and the >>> session.
    result.assert_outcomes(passed=7)


def test_every_broken_example_fails_with_its_reason(scenario):
    result = scenario("broken").runpytest_subprocess("docs")
    result.assert_outcomes(failed=4, skipped=8)
    result.stdout.fnmatch_lines(
        [
            "*docs/page.md, line 5: demo/good.py under start method 'fork'",
            "*-the parent",
            "*+parent",
            "*exit code 1, the page expects 0",
            "*it wrote to stderr, and the page declares no stderr block:",
            "*+ValueError: boom",
            "*it did not end within 1 s and the page declares no hang; it was killed",
            "*the page says it hangs, but it ended after *",
        ],
        consecutive=False,
    )


def test_a_snippet_that_requires_a_missing_module_is_skipped(scenario):
    result = scenario("requires").runpytest_subprocess("docs", "-rs")
    result.assert_outcomes(passed=3, skipped=3)
    result.stdout.fnmatch_lines(
        ["*demo/missing.py: no test environment installs it*"], consecutive=False
    )


def test_orphan_and_missing_snippets_fail(scenario):
    pytester = scenario("inventory")
    shutil.copy(TESTS / "test_inventory.py", pytester.path)
    result = pytester.runpytest_subprocess("docs", "test_inventory.py", "-k", "not has_snippets")
    # missing.py under three methods, and three inventory tests.
    result.assert_outcomes(passed=2, failed=6, skipped=2)
    result.stdout.fnmatch_lines(
        [
            "*the page includes demo/missing.py, which does not exist*",
            "*snippets that no page includes*",
            "*snippets/demo/orphan.py*",
        ],
        consecutive=False,
    )


def test_processes_and_shared_memory_left_behind_fail(scenario, monkeypatch):
    # Unique across runs: suites running at the same time must not share (or unlink) this file.
    leaked = Path("/dev/shm", f"mpbe-harness-test-{uuid.uuid4().hex}")
    monkeypatch.setenv("SCENARIO_SHM_NAME", leaked.name)
    # The entry stays for good: the check after the run need not wait the usual 10 s to see it.
    monkeypatch.setenv("MPBE_SHM_PATIENCE", "1")
    try:
        result = scenario("leftovers").runpytest_subprocess("docs")
    finally:
        leaked.unlink(missing_ok=True)
        for process in psutil.process_iter():
            with contextlib.suppress(psutil.Error):
                if process.environ().get("SCENARIO_SHM_NAME") == leaked.name:
                    process.kill()
    # detached.py and holds_pipe.py fail in their run; escaped.py and the shared memory only
    # in the check after the run, which fails the session.
    result.assert_outcomes(passed=2, failed=2, skipped=8)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*left behind by the snippets*",
            "processes started by snippets are still alive:",
            "*time.sleep(60)*",
            "*shared memory or semaphores not unlinked*",
            f"*{leaked.name}",
            "*demo/detached.py under start method 'fork'",
            "*were still alive after its main process ended (killed now)*",
            "*demo/holds_pipe.py under start method 'fork'",
            "*were still alive after its main process ended (killed now)*",
        ],
        consecutive=False,
    )


def test_runs_get_a_terminals_signals_whatever_the_harness_inherited(scenario):
    # As in a background job (nohup, `&`, some CI runners): SIGINT ignored, and more.
    ignored = (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD)
    before = {number: signal.signal(number, signal.SIG_IGN) for number in ignored}
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGINT, signal.SIGTERM])
    try:
        result = scenario("signals").runpytest_subprocess("docs")
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        for number, handler in before.items():
            signal.signal(number, handler)
    result.assert_outcomes(passed=3)


def test_an_example_that_requires_root_runs_as_root_and_is_skipped_otherwise(scenario):
    result = scenario("root").runpytest_subprocess("docs", "-rs")
    if os.geteuid() == 0:  # as in CI: the example runs, and its output is checked
        result.assert_outcomes(passed=1)
    else:
        result.assert_outcomes(skipped=1)
        result.stdout.fnmatch_lines(["*demo/as_root.py: not run as root: it prints user id 0*"])


def test_a_run_gets_its_own_group_and_no_inherited_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    program = tmp_path / "where.py"
    program.write_text(
        "import os\nprint(os.getpgid(0) == os.getpid(), os.environ.get('PYTHONUNBUFFERED'))\n"
    )
    run = runner.run(program, "spawn", 10)
    assert (run.stdout, run.stderr, run.exit_code, run.leftovers) == ("True None\n", "", 0, [])
