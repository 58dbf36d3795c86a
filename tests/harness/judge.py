"""Judge one run against its page: the harness's pass/fail rule, a pure function of its inputs.

:func:`problems` reads nothing but its arguments, so the rules (hangs, time-outs, exit codes,
leftover processes, each stream against its block) are tested with made-up runs in milliseconds.
"""

from __future__ import annotations

from . import compare
from .runner import Run
from .spec import Snippet


def problems(snippet: Snippet, method: str, run: Run, version=None) -> list[str]:
    """What is wrong with ``run``, a run of ``snippet`` under ``method``; empty when it passes."""
    found = []
    hang = snippet.hangs.get(method)
    if hang and run.exit_code is not None:
        found.append(
            f"the page says it hangs, but it ended after {run.seconds:.1f} s "
            f"with exit code {run.exit_code}"
        )
    elif not hang and run.exit_code is None:
        found.append(
            f"it did not end within {time_limit(snippet, method):g} s and the page declares "
            "no hang; it was killed"
        )
    expected_code = snippet.exit_code(method)
    if run.exit_code is not None and run.exit_code != expected_code:
        found.append(f"exit code {run.exit_code}, the page expects {expected_code}")
    if run.leftovers:
        found.append(
            "processes it started were still alive after its main process ended (killed now):\n"
            + "\n".join(f"      {member}" for member in run.leftovers)
        )
    for stream, actual in (("stdout", run.stdout), ("stderr", run.stderr)):
        block = snippet.expected(method, stream, version)
        expected = block.text if block else ""
        rules = block.rules if block else frozenset()
        if compare.matches(expected, actual, rules):
            continue
        if block is None and stream == "stderr":
            what = "it wrote to stderr, and the page declares no stderr block"
            if "resource_tracker" in actual:
                what += " (a resource_tracker warning: something leaked)"
        elif block is None:
            what = f"it printed output, and the page says it prints none ({snippet.no_output})"
        else:
            rule_text = f" [rules: {', '.join(sorted(rules))}]" if rules else ""
            what = f"{stream} differs from the page's block at line {block.line}{rule_text}"
        found.append(f"{what}:\n{compare.explain(expected, actual, stream)}")
    return found


def time_limit(snippet: Snippet, method: str) -> float:
    """How long the runner lets the run go: its declared hang, or its time-out."""
    hang = snippet.hangs.get(method)
    return hang.seconds if hang else snippet.timeout
