"""The harness's checks can fail: each test breaks a scratch copy of a page and runs the suite."""

import shutil
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from harness import compare
from harness.spec import ROOT, PageError, parse_page

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
        "% output: spawn any-order\n```text\na\n```\n"
        "% output: forkserver stderr tail\n```text\nboom\n```\n",
        tmp_path,
    )
    assert snippet.skips == {"fork": "no fork here"}
    assert snippet.timeout == 5
    assert snippet.expected("spawn", "stdout").rules == {"any-order"}
    assert snippet.expected("forkserver", "stderr").text == "boom\n"
    assert snippet.errors == [
        "no output block for forkserver: add '% output:' and a block, "
        "or declare '% test: no-output -- REASON'"
    ]


@pytest.mark.parametrize(
    ("declaration", "message"),
    [
        ("% test: skipp fork -- typo\n", "cannot read"),
        ("% test: skip fork\n", "needs a reason"),
        ("% test: skip sporn -- typo\n", "unknown start method"),
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


def test_an_output_header_needs_its_block(tmp_path):
    with pytest.raises(PageError, match="right above"):
        _parse(INCLUDE + "% output:\n\nsome prose\n", tmp_path)


# --- The whole suite on a scratch site --------------------------------------------------------

GOOD_SNIPPET = """\
from multiprocessing import Process


def work():
    print("child", flush=True)


if __name__ == "__main__":
    child = Process(target=work)
    child.start()
    child.join()
    print("parent")
"""


def _site(tmp_path: Path, page: str, snippets: dict[str, str]) -> Path:
    """A scratch copy of the harness with one page and its snippets."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copytree(ROOT / "tests" / "harness", tmp_path / "tests" / "harness")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(textwrap.dedent(page))
    for name, source in snippets.items():
        path = tmp_path / "snippets" / "demo" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    shutil.copy(ROOT / "tests" / "test_inventory.py", tmp_path / "tests")
    return tmp_path


def _pytest(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", *args],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=120,
    )


PAGE = """\
```{literalinclude} /../snippets/demo/good.py
```

% output:
```text
child
parent
```
"""


def test_a_good_page_passes_under_every_method(tmp_path):
    result = _pytest(_site(tmp_path, PAGE, {"good.py": GOOD_SNIPPET}), "-rA", "docs")
    for method in ("spawn", "fork", "forkserver"):
        assert f"PASSED docs/page.md::demo/good.py[{method}]" in result.stdout, result.stdout


def test_a_changed_output_line_fails_with_a_diff(tmp_path):
    page = PAGE.replace("parent\n", "the parent\n")
    result = _pytest(_site(tmp_path, page, {"good.py": GOOD_SNIPPET}), "docs")
    assert result.returncode == 1
    assert "docs/page.md, line 1: demo/good.py under start method 'spawn'" in result.stdout
    assert "-the parent\n+parent" in result.stdout


def test_an_orphan_snippet_fails(tmp_path):
    site = _site(tmp_path, PAGE, {"good.py": GOOD_SNIPPET, "orphan.py": "print(1)\n"})
    result = _pytest(site, "tests/test_inventory.py")
    assert result.returncode == 1
    assert "snippets that no page includes" in result.stdout
    assert "snippets/demo/orphan.py" in result.stdout


def test_a_missing_snippet_fails(tmp_path):
    page = PAGE.replace("good.py", "missing.py")
    result = _pytest(_site(tmp_path, page, {"good.py": GOOD_SNIPPET}), "docs", "tests")
    assert result.returncode == 1
    assert "the page includes demo/missing.py, which does not exist" in result.stdout


def test_a_snippet_that_hangs_is_killed_and_fails(tmp_path):
    hanging = "import threading\nprint('waiting', flush=True)\nthreading.Event().wait()\n"
    page = PAGE.replace("good.py", "hang.py").replace("child\nparent", "waiting")
    page = page.replace("% output:", "% test: timeout 2\n% output:")
    result = _pytest(_site(tmp_path, page, {"hang.py": hanging}), "docs", "-k", "spawn")
    assert result.returncode == 1
    assert "it did not end within 2 s and the page declares no hang; it was killed" in (
        result.stdout
    )


def test_a_declared_hang_must_really_hang(tmp_path):
    page = PAGE.replace("% output:", "% test: hangs 2 -- waits forever\n% output:")
    result = _pytest(_site(tmp_path, page, {"good.py": GOOD_SNIPPET}), "docs", "-k", "fork]")
    assert result.returncode == 1
    assert "the page says it hangs, but it ended after" in result.stdout


def test_unexpected_stderr_and_exit_code_fail(tmp_path):
    failing = GOOD_SNIPPET.replace('print("child", flush=True)', 'raise ValueError("boom")')
    result = _pytest(_site(tmp_path, PAGE, {"good.py": failing}), "docs", "-k", "fork]")
    assert result.returncode == 1
    assert "it wrote to stderr, and the page declares no stderr block" in result.stdout
    assert "+ValueError: boom" in result.stdout


def test_shared_memory_left_behind_fails_the_run(tmp_path):
    # Unique across runs: suites running at the same time must not share (or unlink) this file.
    leaked = Path("/dev/shm") / f"mpbe-harness-test-{uuid.uuid4().hex}"
    leaking = f"open({str(leaked)!r}, 'w').close()\nprint('child')\nprint('parent')\n"
    try:
        result = _pytest(_site(tmp_path, PAGE, {"good.py": leaking}), "docs", "-k", "fork]")
    finally:
        leaked.unlink(missing_ok=True)
    assert result.returncode == 1
    assert "shared memory or semaphores not unlinked" in result.stdout
    assert leaked.name in result.stdout


def test_a_process_left_running_fails(tmp_path):
    leaving = (
        "import subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "print('child')\nprint('parent')\n"
    )
    result = _pytest(_site(tmp_path, PAGE, {"good.py": leaving}), "docs", "-k", "fork]")
    assert result.returncode == 1
    assert "were still alive after its main process ended (killed now)" in result.stdout
