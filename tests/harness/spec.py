"""Read a MyST page into the snippets it includes and what the page says about each.

This is the harness's one parser. The tests (through Sybil), the inventory check and the Sphinx
extension that writes the "tested under" line all read pages through :func:`parse_page`, so the
page can never claim more than is tested.

A page includes a snippet and states what it prints like this::

    ```{literalinclude} /../snippets/processes/first-process/hello.py
    ```

    % test: skip fork -- why it cannot run under fork
    % output: any-order
    ```text
    what the program prints
    ```

``% ...`` lines are MyST comments: Sphinx drops them, so the reader sees the plain output.

``% output: [METHOD ...] [FLAG ...]`` stands on the line right above a fenced block and makes that
block the expected output for the snippet included above it, under the given methods (all when
none are named). Flags: ``stderr`` (the block is what the program writes to stderr; stdout
otherwise), ``any-order`` (the lines may come in any order), ``ellipsis`` (``...`` in a line
matches any text within that line), ``tail`` (the block is the end of the stream, e.g. the last
line of a traceback), and ``python>=3.11`` or ``python<3.11`` (the block applies only to those
Python versions, for output that changed between versions; a patch release such as
``python>=3.13.8`` for a change made in one; both together, ``python>=3.13.8 python<3.14``, for a
range).

``% test: VERB ARGS [-- REASON]`` declares how the snippet is run:

=================================  =====================================================
``skip METHOD ... -- REASON``      not run under these methods (``all``: never by itself)
``requires python>=3.13 -- WHY``   skipped below that Python version
``requires platform=linux -- WHY`` skipped on other platforms (``sys.platform`` prefix)
``once -- REASON``                 run once as plain ``python snippet.py`` instead of under
                                   each start method (for a snippet that sets the method)
``timeout SECONDS``                a longer (or shorter) limit than the default
``exit-code CODE [METHOD ...]``    the exit status the program must end with (python>= and
                                   python< conditions, as on an output block, limit it to
                                   those versions)
``hangs SECONDS [METHOD ...] -- WHY`` the program must still be running after SECONDS; the
                                   harness then ends it and checks what it printed so far
``no-output -- REASON``            the page shows no output block: the program must print
                                   nothing
=================================  =====================================================
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

METHODS = ("spawn", "fork", "forkserver")
PLAIN = "plain"  # the single run of a snippet declared ``once``
OUTPUT_FLAGS = frozenset({"stderr", "any-order", "ellipsis", "tail"})
DEFAULT_TIMEOUT = 30.0
ROOT = Path(__file__).resolve().parents[2]


def supported_versions(pyproject: Path = ROOT / "pyproject.toml") -> list[tuple[int, int]]:
    """The Python versions the site supports and CI runs: pyproject.toml's classifiers, the one
    list that the noxfile, CI and the pages' "tested on" lines read too."""
    text = pyproject.read_text(encoding="utf-8")
    found = re.findall(r'"Programming Language :: Python :: (\d+)\.(\d+)"', text)
    return sorted((int(major), int(minor)) for major, minor in found)


SUPPORTED_VERSIONS = supported_versions()
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"

_FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_INCLUDE = re.compile(r"^\{literalinclude\}\s+(?P<path>\S+)")
_COMMENT = re.compile(r"^\s*%\s*(?P<kind>test|output)\s*:(?P<body>.*)$")
_COMMENT_NO_COLON = re.compile(r"^\s*%\s*(?P<kind>test|output)\s*$")


class PageError(ValueError):
    """A page's declarations cannot be understood."""


@dataclass
class OutputBlock:
    methods: frozenset[str] | None  # None: every method
    stream: str  # "stdout" or "stderr"
    # ((">=" or "<", version as (3, 13) or (3, 13, 8)), ...), all of which hold; (): every version
    python: tuple[tuple[str, tuple[int, ...]], ...]
    rules: frozenset[str]
    text: str
    line: int  # line of the block's first content line in the page (1-based)


@dataclass
class Snippet:
    page: Path
    path: Path
    line: int  # line of the first literalinclude of this file in the page
    start: int  # character offsets of that literalinclude in the page
    end: int
    skips: dict[str, str] = field(default_factory=dict)  # method -> reason
    requires_python: tuple[tuple[int, ...], str] | None = None
    requires_platform: tuple[str, str] | None = None
    once: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    # method -> [(python conditions, code)], the first whose conditions hold applies; default 0
    exit_codes: dict[str, list[tuple[tuple, int]]] = field(default_factory=dict)
    hangs: dict[str, tuple[float, str]] = field(default_factory=dict)
    no_output: str | None = None
    outputs: list[OutputBlock] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The snippet's path below ``snippets/`` (or as written, if it lies elsewhere)."""
        try:
            return self.path.relative_to(SNIPPETS).as_posix()
        except ValueError:
            return self.path.as_posix()

    @property
    def methods(self) -> tuple[str, ...]:
        """The runs this snippet gets: each start method, or one plain run."""
        return (PLAIN,) if self.once is not None else METHODS

    def skip_reason(self, method: str, platform: str | None = None, version=None) -> str | None:
        """Why the snippet is not run under ``method`` here, or None when it is run."""
        platform = sys.platform if platform is None else platform
        version = sys.version_info if version is None else version
        if method in self.skips:
            return self.skips[method]
        if self.requires_platform and not platform.startswith(self.requires_platform[0]):
            return self.requires_platform[1]
        if self.requires_python and tuple(version[:3]) < self.requires_python[0]:
            return self.requires_python[1]
        return None

    def blocks(self, method: str, stream: str, version=None) -> list[OutputBlock]:
        """The output blocks that apply to a run under ``method`` on Python ``version``."""
        version = tuple((sys.version_info if version is None else version)[:3])
        return [
            block
            for block in self.outputs
            if block.stream == stream
            and (block.methods is None or method in block.methods)
            and python_holds(block.python, version)
        ]

    def exit_code(self, method: str, version=None) -> int:
        """The exit status the page expects from a run under ``method`` on Python ``version``."""
        version = tuple((sys.version_info if version is None else version)[:3])
        for conditions, code in self.exit_codes.get(method, []):
            if python_holds(conditions, version):
                return code
        return 0

    def expected(self, method: str, stream: str, version=None) -> OutputBlock | None:
        blocks = self.blocks(method, stream, version)
        return blocks[0] if blocks else None


def python_holds(conditions, version) -> bool:
    """Whether every ``(">=" or "<", release)`` condition holds for Python ``version``."""
    return all((tuple(version) >= release) == (op == ">=") for op, release in conditions)


def _python_conditions(words: list[str], where: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The ``python>=X`` / ``python<Y`` words among ``words``: at most one of each."""
    conditions = tuple(
        (match[1], tuple(int(part) for part in match[2].split(".")))
        for word in words
        if (match := _PYTHON_CONDITION.fullmatch(word))
    )
    if len({op for op, _ in conditions}) < len(conditions):
        raise PageError(f"{where}: at most one python>= and one python< condition")
    return conditions


def _split_reason(body: str) -> tuple[list[str], str]:
    words, _, reason = body.partition(" -- ")
    return words.split(), reason.strip()


def _methods(words: list[str], where: str) -> frozenset[str]:
    if words == ["all"]:
        return frozenset(METHODS) | {PLAIN}
    unknown = [word for word in words if word not in METHODS]
    if unknown:
        raise PageError(f"{where}: unknown start method {' '.join(unknown)!r}")
    return frozenset(words)


def _apply_test(snippet: Snippet, body: str, where: str) -> None:
    words, reason = _split_reason(body)
    if not words:
        raise PageError(f"{where}: '% test:' needs a verb")
    verb, args = words[0], words[1:]

    def need_reason() -> str:
        if not reason:
            raise PageError(f"{where}: '% test: {verb}' needs a reason after ' -- '")
        return reason

    def number(text: str) -> float:
        try:
            return float(text)
        except ValueError:
            raise PageError(f"{where}: {text!r} is not a number") from None

    if verb == "skip" and args:
        for method in _methods(args, where):
            snippet.skips[method] = need_reason()
    elif verb == "requires" and len(args) == 1 and args[0].startswith("python>="):
        version = tuple(int(part) for part in args[0].removeprefix("python>=").split("."))
        snippet.requires_python = (version, need_reason())
    elif verb == "requires" and len(args) == 1 and args[0].startswith("platform="):
        snippet.requires_platform = (args[0].removeprefix("platform="), need_reason())
    elif verb == "once" and not args:
        snippet.once = need_reason()
    elif verb == "timeout" and len(args) == 1:
        snippet.timeout = number(args[0])
    elif verb == "exit-code" and args:
        code = int(number(args[0]))
        conditions = _python_conditions(args[1:], where)
        names = [word for word in args[1:] if not _PYTHON_CONDITION.fullmatch(word)]
        for method in _methods(names, where) or (*METHODS, PLAIN):
            codes = snippet.exit_codes.setdefault(method, [])
            codes.append((conditions, code))
            codes.sort(key=lambda entry: not entry[0])  # conditioned codes are tried first
    elif verb == "hangs" and args:
        seconds = number(args[0])
        for method in _methods(args[1:], where) or (*METHODS, PLAIN):
            snippet.hangs[method] = (seconds, need_reason())
    elif verb == "no-output" and not args:
        snippet.no_output = need_reason()
    else:
        raise PageError(f"{where}: cannot read '% test:{body}'")


_PYTHON_CONDITION = re.compile(r"python(>=|<)(\d+(?:\.\d+)*)")


def _parse_output_header(body: str, where: str) -> dict:
    words = body.split()
    flags = frozenset(word for word in words if word in OUTPUT_FLAGS)
    python = _python_conditions(words, where)
    methods = _methods(
        [
            word
            for word in words
            if word not in OUTPUT_FLAGS and not _PYTHON_CONDITION.fullmatch(word)
        ],
        where,
    )
    return {
        "methods": methods or None,
        "stream": "stderr" if "stderr" in flags else "stdout",
        "rules": flags - {"stderr"},
        "python": python,
    }


def resolve_include(page: Path, argument: str, docs: Path = DOCS) -> Path:
    """Resolve a literalinclude argument the way Sphinx does: ``/`` is the docs folder."""
    if argument.startswith("/"):
        return (docs / argument.lstrip("/")).resolve()
    return (page.parent / argument).resolve()


def parse_page(
    text: str, page: Path, docs: Path = DOCS, snippets: Path = SNIPPETS
) -> list[Snippet]:
    """Return the snippets that ``page`` includes from ``snippets``, in page order."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    found: dict[Path, Snippet] = {}
    current: Snippet | None = None
    pending_output: tuple[str, int] | None = None  # the header and its line
    index = 0
    while index < len(lines):
        line = lines[index].rstrip("\n")
        where = f"{page.name}, line {index + 1}"
        opening = _FENCE_OPEN.match(line)
        if opening:
            fence, indent = opening["fence"], len(opening["indent"])
            closing = index + 1
            while closing < len(lines):
                candidate = lines[closing].strip()
                if candidate.startswith(fence) and candidate.strip(fence[0]) == "":
                    break
                closing += 1
            if closing == len(lines):
                raise PageError(f"{where}: the fence {fence} is never closed")
            body_lines = lines[index + 1 : closing]
            include = _INCLUDE.match(opening["info"].strip())
            if include:
                path = resolve_include(page, include["path"], docs)
                if snippets in path.parents:
                    current = found.get(path)
                    if current is None:
                        current = found[path] = Snippet(
                            page=page,
                            path=path,
                            line=index + 1,
                            start=offsets[index],
                            end=offsets[closing + 1],
                        )
                else:
                    current = None
                if pending_output:
                    raise PageError(f"{where}: '% output' must stand right above an output block")
            elif pending_output:
                header, header_line = pending_output
                if current is None:
                    raise PageError(
                        f"{page.name}, line {header_line}: '% output' follows no included snippet"
                    )
                current.outputs.append(
                    OutputBlock(
                        **_parse_output_header(header, where),
                        text="".join(body_line[indent:] for body_line in body_lines),
                        line=index + 2,
                    )
                )
                pending_output = None
            index = closing + 1
            continue
        if pending_output:
            raise PageError(
                f"{page.name}, line {pending_output[1]}: '% output' must stand right above a "
                "fenced block"
            )
        comment = _COMMENT.match(line) or _COMMENT_NO_COLON.match(line)
        if comment:
            body = comment.groupdict().get("body") or ""
            if comment["kind"] == "output":
                pending_output = (body, index + 1)
            elif current is None:
                raise PageError(f"{where}: '% test:' follows no included snippet")
            else:
                try:
                    _apply_test(current, body, where)
                except PageError as error:
                    current.errors.append(str(error))
        index += 1
    if pending_output:
        raise PageError(f"{page.name}, line {pending_output[1]}: '% output' ends the page")
    snippets_found = list(found.values())
    for snippet in snippets_found:
        snippet.errors.extend(_consistency_errors(snippet))
    return snippets_found


def checked_versions(snippet: Snippet) -> list[tuple[int, int, int]]:
    """The releases a snippet's blocks are checked against for gaps and overlaps: the first
    release of each supported version, and both sides of every patch release a block names."""
    points = {(*version, 0) for version in SUPPORTED_VERSIONS}
    for block in snippet.outputs:
        for _, release in block.python:
            if len(release) == 3 and release[2] > 0:
                major, minor, patch = release
                points |= {(major, minor, patch - 1), (major, minor, patch)}
    return sorted(points)


def _versions(versions: list[tuple[int, int, int]], checked: list[tuple[int, int, int]]) -> str:
    if versions == checked:
        return ""
    names = [".".join(map(str, version[: 3 if version[2] else 2])) for version in versions]
    return " on Python " + ", ".join(names)


def _consistency_errors(snippet: Snippet) -> list[str]:
    errors = []
    checked = checked_versions(snippet)
    if not snippet.path.is_file():
        errors.append(f"the page includes {snippet.name}, which does not exist")
    for method in snippet.methods:
        if snippet.skips.get(method):
            continue
        label = "its single run" if method == PLAIN else method
        for stream in ("stdout", "stderr"):
            crowded = [v for v in checked if len(snippet.blocks(method, stream, v)) > 1]
            if crowded:
                lines = sorted({b.line for v in crowded for b in snippet.blocks(method, stream, v)})
                errors.append(
                    f"several {stream} blocks apply to {label}{_versions(crowded, checked)} "
                    f"(lines {', '.join(map(str, lines))})"
                )
        if snippet.no_output is not None:
            continue
        minimum = snippet.requires_python[0] if snippet.requires_python else (0,)
        uncovered = [
            version
            for version in checked
            if version >= minimum and snippet.expected(method, "stdout", version) is None
        ]
        if uncovered:
            errors.append(
                f"no output block for {label}{_versions(uncovered, checked)}: add '% output:' "
                "and a block, or declare '% test: no-output -- REASON'"
            )
    return errors


def parse_file(page: Path, docs: Path = DOCS, snippets: Path = SNIPPETS) -> list[Snippet]:
    return parse_page(page.read_text(encoding="utf-8"), page, docs, snippets)
