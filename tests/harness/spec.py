"""Read a MyST page into the snippets it includes and what the page says about each.

This is the harness's one parser. The tests (through Sybil), the inventory check and the Sphinx
extension that writes the "tested under" line all read pages through :func:`parse_page`, so the
page can never claim more than is tested.

The page grammar (``% output: [METHOD ...] [FLAG ...]`` above a fenced block, ``% test: VERB ARGS
[-- REASON]`` after an include) is documented once, in README.md, "Output that varies, and
examples that fail on purpose". Reading a page takes two steps: :func:`_lex` cuts it into fenced
blocks and ``%`` comments, and :func:`parse_page` folds those into snippets.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

METHODS = ("spawn", "fork", "forkserver")
PLAIN = "plain"  # the single run of a snippet declared ``once``
OUTPUT_FLAGS = frozenset({"stderr", "any-order", "ellipsis", "numbers", "tail"})
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
_PYTHON_CONDITION = re.compile(r"python(?P<op>>=|<)(?P<version>\d+(?:\.\d+)*)")


class PageError(ValueError):
    """A page's declarations cannot be understood."""


@dataclass(frozen=True)
class PythonCondition:
    """``python>=3.13.8`` or ``python<3.11``: the Python versions a block or snippet needs."""

    op: str  # ">=" or "<"
    version: tuple[int, ...]  # (3, 13) or (3, 13, 8)

    def holds(self, version) -> bool:
        return (tuple(version[:3]) >= self.version) == (self.op == ">=")


@dataclass(frozen=True)
class PythonRequirement:
    version: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class PlatformRequirement:
    platform: str  # a sys.platform prefix
    reason: str


@dataclass(frozen=True)
class ModuleRequirement:
    module: str  # a top-level module name, as in an import statement
    reason: str


@dataclass(frozen=True)
class Hang:
    seconds: float
    reason: str


@dataclass
class OutputBlock:
    methods: frozenset[str] | None  # None: every method
    stream: str  # "stdout" or "stderr"
    python: tuple[PythonCondition, ...]  # all of them hold; (): every version
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
    snippets: Path = SNIPPETS  # the folder the site's snippets live in
    skips: dict[str, str] = field(default_factory=dict)  # method -> reason
    requires_python: PythonRequirement | None = None
    requires_platform: PlatformRequirement | None = None
    requires_root: str | None = None  # why it runs only as root (uid 0)
    requires_module: ModuleRequirement | None = None
    once: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    # method -> [(python conditions, code)]: the first whose conditions hold applies; default 0
    exit_codes: dict[str, list[tuple[tuple[PythonCondition, ...], int]]] = field(
        default_factory=dict
    )
    hangs: dict[str, Hang] = field(default_factory=dict)
    no_output: str | None = None
    outputs: list[OutputBlock] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The snippet's path below ``snippets/`` (or as written, if it lies elsewhere)."""
        try:
            return self.path.relative_to(self.snippets).as_posix()
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
        if self.requires_platform and not platform.startswith(self.requires_platform.platform):
            return self.requires_platform.reason
        if self.requires_root is not None and os.geteuid() != 0:
            return f"not run as root: {self.requires_root}"
        if self.requires_python and tuple(version[:3]) < self.requires_python.version:
            return self.requires_python.reason
        if self.requires_module and importlib.util.find_spec(self.requires_module.module) is None:
            return self.requires_module.reason
        return None

    def blocks(self, method: str, stream: str, version=None) -> list[OutputBlock]:
        """The output blocks that apply to a run under ``method`` on Python ``version``."""
        version = sys.version_info if version is None else version
        return [
            block
            for block in self.outputs
            if block.stream == stream
            and (block.methods is None or method in block.methods)
            and all(condition.holds(version) for condition in block.python)
        ]

    def exit_code(self, method: str, version=None) -> int:
        """The exit status the page expects from a run under ``method`` on Python ``version``."""
        version = sys.version_info if version is None else version
        for conditions, code in self.exit_codes.get(method, []):
            if all(condition.holds(version) for condition in conditions):
                return code
        return 0

    def expected(self, method: str, stream: str, version=None) -> OutputBlock | None:
        blocks = self.blocks(method, stream, version)
        return blocks[0] if blocks else None


def _methods(words: list[str], where: str) -> frozenset[str]:
    if words == ["all"]:
        return frozenset(METHODS) | {PLAIN}
    unknown = [word for word in words if word not in METHODS]
    if unknown:
        raise PageError(f"{where}: unknown start method {' '.join(unknown)!r}")
    return frozenset(words)


def _version(text: str, where: str) -> tuple[int, ...]:
    if not re.fullmatch(r"\d+(\.\d+){1,2}", text):
        raise PageError(f"{where}: {text!r} is not a Python version such as 3.13 or 3.13.8")
    return tuple(int(part) for part in text.split("."))


def _python_conditions(words: list[str], where: str) -> tuple[PythonCondition, ...]:
    """The ``python>=X`` and ``python<Y`` words among ``words`` (at most one of each): both
    together give a range, ``python>=3.13.8 python<3.14``."""
    conditions = tuple(
        PythonCondition(match["op"], _version(match["version"], where))
        for word in words
        if (match := _PYTHON_CONDITION.fullmatch(word))
    )
    if len({condition.op for condition in conditions}) < len(conditions):
        raise PageError(f"{where}: at most one python>= and one python< condition")
    return conditions


def _number(text: str, where: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise PageError(f"{where}: {text!r} is not a number") from None


def _apply_test(snippet: Snippet, body: str, where: str) -> None:
    words, _, reason = body.partition(" -- ")
    words, reason = words.split(), reason.strip()
    if not words:
        raise PageError(f"{where}: '% test:' needs a verb")
    verb, args = words[0], words[1:]

    def need_reason() -> str:
        if not reason:
            raise PageError(f"{where}: '% test: {verb}' needs a reason after ' -- '")
        return reason

    if verb == "skip" and args:
        for method in _methods(args, where):
            snippet.skips[method] = need_reason()
    elif verb == "requires" and len(args) == 1 and args[0].startswith("python>="):
        version = _version(args[0].removeprefix("python>="), where)
        snippet.requires_python = PythonRequirement(version, need_reason())
    elif verb == "requires" and len(args) == 1 and args[0].startswith("platform="):
        platform = args[0].removeprefix("platform=")
        snippet.requires_platform = PlatformRequirement(platform, need_reason())
    elif verb == "requires" and args == ["root"]:
        snippet.requires_root = need_reason()
    elif verb == "requires" and len(args) == 1 and args[0].startswith("module="):
        module = args[0].removeprefix("module=")
        if not module.isidentifier():
            raise PageError(f"{where}: {module!r} is not a top-level module name")
        snippet.requires_module = ModuleRequirement(module, need_reason())
    elif verb == "once" and not args:
        snippet.once = need_reason()
    elif verb == "timeout" and len(args) == 1:
        snippet.timeout = _number(args[0], where)
    elif verb == "exit-code" and args:
        code = int(_number(args[0], where))
        conditions = _python_conditions(args[1:], where)
        names = [word for word in args[1:] if not _PYTHON_CONDITION.fullmatch(word)]
        for method in _methods(names, where) or (*METHODS, PLAIN):
            codes = snippet.exit_codes.setdefault(method, [])
            codes.append((conditions, code))
            codes.sort(key=lambda entry: not entry[0])  # conditioned codes are tried first
    elif verb == "hangs" and args:
        hang = Hang(_number(args[0], where), need_reason())
        for method in _methods(args[1:], where) or (*METHODS, PLAIN):
            snippet.hangs[method] = hang
    elif verb == "no-output" and not args:
        snippet.no_output = need_reason()
    else:
        raise PageError(f"{where}: cannot read '% test:{body}'")


def _output_block(header: str, text: str, line: int, where: str) -> OutputBlock:
    words = header.split()
    python = _python_conditions(words, where)
    flags = frozenset(word for word in words if word in OUTPUT_FLAGS)
    others = [w for w in words if w not in OUTPUT_FLAGS and not _PYTHON_CONDITION.fullmatch(w)]
    return OutputBlock(
        methods=_methods(others, where) or None,
        stream="stderr" if "stderr" in flags else "stdout",
        python=python,
        rules=flags - {"stderr"},
        text=text,
        line=line,
    )


def resolve_include(page: Path, argument: str, docs: Path = DOCS) -> Path:
    """Resolve a literalinclude argument the way Sphinx does: ``/`` is the docs folder."""
    if argument.startswith("/"):
        return (docs / argument.lstrip("/")).resolve()
    return (page.parent / argument).resolve()


# --- Reading a page: a lexer, then a fold -------------------------------------------------------


@dataclass
class _Fence:
    line: int  # of the opening fence (1-based)
    info: str  # what follows the opening fence
    text: str  # the content, without the fence's indentation
    start: int  # character offsets of the whole block, fences included
    end: int


@dataclass
class _Comment:
    line: int
    kind: str  # "test" or "output"
    body: str


def _lex(text: str, page: Path) -> Iterator[_Fence | _Comment | None]:
    """The page's fenced blocks and ``% test:``/``% output:`` comments; None for other lines."""
    lines = text.splitlines(keepends=True)
    offset = index = 0
    while index < len(lines):
        line = lines[index].rstrip("\n")
        opening = _FENCE_OPEN.match(line)
        if not opening:
            comment = _COMMENT.match(line)
            yield _Comment(index + 1, comment["kind"], comment["body"]) if comment else None
            offset += len(lines[index])
            index += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        closing = index + 1
        while closing < len(lines):
            candidate = lines[closing].strip()
            if candidate.startswith(fence) and candidate.strip(fence[0]) == "":
                break
            closing += 1
        if closing == len(lines):
            raise PageError(f"{page.name}, line {index + 1}: the fence {fence} is never closed")
        end = offset + sum(len(block_line) for block_line in lines[index : closing + 1])
        body = "".join(block_line[indent:] for block_line in lines[index + 1 : closing])
        yield _Fence(index + 1, opening["info"].strip(), body, offset, end)
        offset, index = end, closing + 1


def parse_page(
    text: str, page: Path, docs: Path = DOCS, snippets: Path = SNIPPETS
) -> list[Snippet]:
    """Return the snippets that ``page`` includes from ``snippets``, in page order."""
    found: dict[Path, Snippet] = {}
    current: Snippet | None = None  # the snippet the next declarations are about
    pending: _Comment | None = None  # a '% output:' header waiting for its block
    for token in _lex(text, page):
        if pending and not isinstance(token, _Fence):
            raise PageError(
                f"{page.name}, line {pending.line}: '% output' must stand right above a "
                "fenced block"
            )
        if isinstance(token, _Fence):
            where = f"{page.name}, line {token.line}"
            include = _INCLUDE.match(token.info)
            if include and pending:
                raise PageError(f"{where}: '% output' must stand right above an output block")
            if include:
                path = resolve_include(page, include["path"], docs)
                current = None
                if snippets in path.parents:
                    current = found.setdefault(
                        path, Snippet(page, path, token.line, token.start, token.end, snippets)
                    )
            elif pending:
                if current is None:
                    raise PageError(
                        f"{page.name}, line {pending.line}: '% output' follows no included snippet"
                    )
                block = _output_block(pending.body, token.text, token.line + 1, where)
                current.outputs.append(block)
                pending = None
        elif isinstance(token, _Comment) and token.kind == "output":
            pending = token
        elif isinstance(token, _Comment):
            where = f"{page.name}, line {token.line}"
            if current is None:
                raise PageError(f"{where}: '% test:' follows no included snippet")
            try:
                _apply_test(current, token.body, where)
            except PageError as error:
                current.errors.append(str(error))
    if pending:
        raise PageError(f"{page.name}, line {pending.line}: '% output' ends the page")
    for snippet in found.values():
        snippet.errors.extend(_consistency_errors(snippet))
    return list(found.values())


def checked_versions(snippet: Snippet) -> list[tuple[int, int, int]]:
    """The releases a snippet's blocks are checked against for gaps and overlaps: the first
    release of each supported version, and both sides of every patch release a block names."""
    points = {(*version, 0) for version in SUPPORTED_VERSIONS}
    conditions = [condition for block in snippet.outputs for condition in block.python]
    conditions += [c for entries in snippet.exit_codes.values() for cs, _ in entries for c in cs]
    for condition in conditions:
        if len(condition.version) == 3 and condition.version[2] > 0:
            major, minor, patch = condition.version
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
        minimum = snippet.requires_python.version if snippet.requires_python else (0,)
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
