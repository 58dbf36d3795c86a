"""Compare what a snippet printed with the block its page shows: the harness's one comparison.

Everything matches exactly, line for line, except where the page states a rule for the block:

* ``any-order``: the same lines, in any order (output of several processes);
* ``ellipsis``: ``...`` in an expected line matches any text within that line, never across
  lines, so it cannot hide a reordering;
* ``tail``: the block is the end of the stream (the last line of a traceback, say).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

ELLIPSIS = "..."


def _line_matcher(expected: str, ellipsis: bool):
    if not ellipsis or ELLIPSIS not in expected:
        return lambda actual: actual == expected
    pattern = re.compile(".*".join(re.escape(part) for part in expected.split(ELLIPSIS)), re.S)
    return lambda actual: pattern.fullmatch(actual) is not None


def matches(expected: str, actual: str, rules: Iterable[str] = ()) -> bool:
    rules = frozenset(rules)
    expected_lines = expected.splitlines()
    actual_lines = actual.splitlines()
    if "tail" in rules:
        actual_lines = actual_lines[-len(expected_lines) :] if expected_lines else []
    if len(expected_lines) != len(actual_lines):
        return False
    ellipsis = "ellipsis" in rules
    if "any-order" not in rules:
        return all(
            _line_matcher(want, ellipsis)(got)
            for want, got in zip(expected_lines, actual_lines, strict=True)
        )
    # Match the most specific lines first, so that a wildcard line does not take a line that
    # only an exact line could match.
    remaining = list(actual_lines)
    for want in sorted(expected_lines, key=lambda line: line.count(ELLIPSIS)):
        match = _line_matcher(want, ellipsis)
        for position, got in enumerate(remaining):
            if match(got):
                del remaining[position]
                break
        else:
            return False
    return True


def explain(expected: str, actual: str, label: str) -> str:
    """A unified diff of the page's block against what the program printed."""
    diff = difflib.unified_diff(
        expected.splitlines(),
        actual.splitlines(),
        fromfile=f"{label} as the page shows it",
        tofile=f"{label} as the program printed it",
        lineterm="",
    )
    return "\n".join(diff) or "(the texts differ only in trailing newlines)"
