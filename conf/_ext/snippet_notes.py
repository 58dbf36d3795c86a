"""Under every included snippet: a download link and what the tests run it under.

The line is written from the page's own test declarations, read by the harness's parser
(tests/harness/spec.py), so the page never claims more than the tests do. The same declarations
say which blocks are a snippet's output: those get a caption ("Output", "Standard error, last
lines", "Output under fork") so that a reader tells the program from what it prints.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

from harness.spec import METHODS, PLAIN, SUPPORTED_VERSIONS, OutputBlock, parse_file

PLATFORM_NAMES = {"linux": "Linux", "darwin": "macOS", "win32": "Windows"}


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _version_range(versions: list[tuple[int, int]]) -> str:
    first, last = (f"{major}.{minor}" for major, minor in (versions[0], versions[-1]))
    return f"Python {first}" if first == last else f"Python {first} to {last}"


def describe(snippet, versions: list[tuple[int, int]]) -> str:
    """The sentence that says how the tests run a snippet."""
    if snippet.requires_python:
        versions = [version for version in versions if version >= snippet.requires_python.version]
        if not versions:
            needed = ".".join(map(str, snippet.requires_python.version))
            reason = snippet.requires_python.reason
            return f"Not run by the tests, which have no Python {needed}: {reason}."
    if snippet.requires_module:
        versions = []  # the reason says which Pythons the module is installed on
    where = " on Linux" + (f" with {_version_range(versions)}" if versions else "")
    if snippet.once is not None:
        run = snippet.skips.get(PLAIN)
        if run:
            return f"Not run by the tests: {run}."
        sentence = f"Tested{where} as a plain run, python {snippet.path.name}: {snippet.once}."
    else:
        tested = [m for m in METHODS if m not in snippet.skips]
        if not tested:
            return f"Not run by the tests on its own: {snippet.skips[METHODS[0]]}."
        sentence = f"Tested{where} under the {_join(tested)} start method"
        sentence += "s." if len(tested) > 1 else "."
        reasons: dict[str, list[str]] = {}
        for method in METHODS:
            if method in snippet.skips:
                reasons.setdefault(snippet.skips[method], []).append(method)
        for reason, methods in reasons.items():
            sentence += f" Not under {_join(methods)}: {reason}."
    if snippet.requires_python:
        version = ".".join(map(str, snippet.requires_python.version))
        sentence += f" Needs Python {version} or later: {snippet.requires_python.reason}."
    if snippet.requires_platform:
        platform = snippet.requires_platform.platform
        platform = PLATFORM_NAMES.get(platform, platform)
        sentence += f" Runs only on {platform}: {snippet.requires_platform.reason}."
    if snippet.requires_root is not None:
        sentence += f" Runs only as root: {snippet.requires_root}."
    if snippet.requires_module:
        module = snippet.requires_module.module
        sentence += f" Runs only where {module} is installed: {snippet.requires_module.reason}."
    return sentence


def add_notes(app: Sphinx, doctree: nodes.document) -> None:
    env = app.env
    source = Path(env.doc2path(env.docname))
    if source.suffix != ".md":
        return
    snippets = {snippet.path: snippet for snippet in parse_file(source, docs=Path(app.srcdir))}
    versions = SUPPORTED_VERSIONS
    noted: set[Path] = set()
    for block in list(doctree.findall(nodes.literal_block)):
        path = Path(block.get("source", "")).resolve()
        snippet = snippets.get(path)
        if snippet is None or path in noted:
            continue
        noted.add(path)
        target = "/../" + path.relative_to(Path(app.srcdir).parent).as_posix()
        download = addnodes.download_reference(
            "",
            "",
            nodes.inline("", f"Download {path.name}"),
            refdoc=env.docname,
            reftarget=target,
            refexplicit=True,
            refdomain="",
            reftype="download",
        )
        note = nodes.paragraph("", "", classes=["snippet-note"])
        note += download
        note += nodes.inline("", " · ", classes=["snippet-note-separator"])
        note += nodes.inline("", describe(snippet, versions), classes=["snippet-note-tested"])
        wrapped = "literal-block-wrapper" in block.parent.get("classes", [])
        container = block.parent if wrapped else block
        container.parent.insert(container.parent.index(container) + 1, note)
    _caption_outputs(doctree, list(snippets.values()))


def output_caption(block: OutputBlock, once: bool) -> str:
    """What a reader should know about an output block before reading it."""
    text = "Standard error" if block.stream == "stderr" else "Output"
    if "tail" in block.rules:
        text += ", last lines"
    if "any-order" in block.rules:
        text += ", lines in any order"
    if block.methods is not None and not once:
        methods = [method for method in METHODS if method in block.methods]
        text += f" under {_join(methods)}"
    return text


def _caption_outputs(doctree: nodes.document, snippets) -> None:
    # Keyed by the line of the block's opening fence, which is where MyST places the node (one
    # line further down inside a directive such as a tab-item).
    captions = {
        block.line - 1: output_caption(block, snippet.once is not None)
        for snippet in snippets
        for block in snippet.outputs
    }
    included = {snippet.path for snippet in snippets}
    for block in list(doctree.findall(nodes.literal_block)):
        caption = captions.get(block.line) or captions.get(block.line - 1)
        if (
            caption is None
            or Path(block.get("source", "")).resolve() in included
            or "literal-block-wrapper" in block.parent.get("classes", [])
        ):
            continue
        wrapper = nodes.container(
            "", literal_block=True, classes=["literal-block-wrapper", "snippet-output"]
        )
        wrapper += nodes.caption(caption, caption)
        block.replace_self(wrapper)
        wrapper += block
        doctree.set_id(wrapper)  # a captioned code block is numbered, and needs an id for that


def setup(app: Sphinx) -> dict:
    # Before Sphinx's download collector (priority 500) reads the download references.
    app.connect("doctree-read", add_notes, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
