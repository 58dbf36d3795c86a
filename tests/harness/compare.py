"""Compare what a snippet printed with the block its page shows: the harness's one comparison.

Everything matches exactly, line for line, except where the page states a rule for the block:

* ``any-order``: the same lines, in any order (output of several processes);
* ``ellipsis``: ``...`` in an expected line matches any text within that line, never across
  lines, so it cannot hide a reordering;
* ``numbers``: every number in an expected line (``12``, ``-0.5``, ``3.2e-05``) matches any
  number in the same place, with the spaces that pad it in a column, and everything else in the
  line matches exactly, so a page can show one real run's timings and counts;
* ``tail``: the block is the end of the stream (the last line of a traceback, say).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

ELLIPSIS = "..."
NUMBER = r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"


def _pattern(text: str, numbers: bool) -> str:
    if not numbers:
        return re.escape(text)
    # A number and the spaces before it, which pad it in a column: a wider number takes them.
    pieces = re.split(f"( *{NUMBER})", text)  # text, number, text, ..., text
    return "".join(
        (" *" if piece.startswith(" ") else "") + NUMBER if index % 2 else re.escape(piece)
        for index, piece in enumerate(pieces)
    )


def _line_matcher(expected: str, ellipsis: bool, numbers: bool = False):
    parts = expected.split(ELLIPSIS) if ellipsis else [expected]
    if len(parts) == 1 and not numbers:
        return lambda actual: actual == expected
    pattern = re.compile(".*".join(_pattern(part, numbers) for part in parts), re.S)
    return lambda actual: pattern.fullmatch(actual) is not None


def matches(expected: str, actual: str, rules: Iterable[str] = ()) -> bool:
    rules = frozenset(rules)
    expected_lines = expected.splitlines()
    actual_lines = actual.splitlines()
    if "tail" in rules:
        actual_lines = actual_lines[-len(expected_lines) :] if expected_lines else []
    if len(expected_lines) != len(actual_lines):
        return False
    ellipsis, numbers = "ellipsis" in rules, "numbers" in rules
    if "any-order" not in rules:
        return all(
            _line_matcher(want, ellipsis, numbers)(got)
            for want, got in zip(expected_lines, actual_lines, strict=True)
        )
    # Match the most specific lines first, so that a wildcard line does not take a line that
    # only an exact line could match.
    remaining = list(actual_lines)
    for want in sorted(expected_lines, key=lambda line: line.count(ELLIPSIS)):
        match = _line_matcher(want, ellipsis, numbers)
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
