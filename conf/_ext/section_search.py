"""A section-level search index: one record per heading, with the text of its code and output.

Sphinx's own index knows pages and words. Readers paste an error message or type an API name and
want the section that answers it, so this extension writes ``_static/search-sections.js``: one
record per section (a page's text under its title is a record too), each with

- ``url``: the page, and the section's anchor (none for the text under the page's title);
- ``title``, ``page``: the section's heading and its page's title;
- ``text``: the section's prose, without its subsections (they are records of their own);
- ``code``: every literal block in it: programs, and the output blocks and tracebacks the tests
  compare with what Python prints. Whatever a page's output blocks say, in whichever version's
  wording, is indexed with no further work;
- ``summary``: for the text under a page's title, the page's description (its summary);
- ``message``: present, and true, when the heading quotes a message of five words or more;
- ``weight``: present when the page's sections rank above or below others on an equal match
  (``section_search_weights``: recipes and notes below the topic pages);
- ``questions``: what readers type when the section is the answer they need, written for it
  in ``section_search_questions`` (conf/search-questions.toml): tasks and symptoms in readers'
  words, which the section's own text may not use ("stuck" where it says "waits forever");
- ``api``, ``mentions``: the Python objects the section links to (``{py:meth}`` and the like
  resolve to docs.python.org anchors such as ``multiprocessing.pool.Pool.imap_unordered``),
  with each tail (``Pool.imap_unordered``, ``imap_unordered``), so that an API name finds the
  section that explains it: in ``api`` for the section whose heading names it, or else the one
  that links it first in reading order; in ``mentions`` for the others.

The search page (conf/_templates/search.html, conf/_static/section-search.js) loads the file
with a <script> tag, so search works from a file:// copy of the site too, and ranks the records
with MiniSearch (conf/_static/minisearch/, vendored from npm; see its LICENSE).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: Sphinx itself depends on tomli there
    import tomli as tomllib

logger = logging.getLogger(__name__)

PYTHON_DOCS = "docs.python.org"
_WORD = re.compile(r"\w+")
# Blocks whose text is not what the reader sees as the section's content.
SKIPPED = (nodes.comment, nodes.raw, nodes.system_message, nodes.target)


def _api_names(fragment: str) -> list[str]:
    """``multiprocessing.pool.Pool.imap_unordered`` and each of its tails, down to the name
    (``Pool.imap_unordered``, ``imap_unordered``)."""
    parts = fragment.split(".")
    return [".".join(parts[index:]) for index in range(len(parts))]


class _Collector:
    def __init__(self, url: str, title: str, page: str) -> None:
        self.record = {"url": url, "title": title, "page": page, "text": [], "code": [], "api": []}

    def visit(self, node: nodes.Node) -> None:
        if isinstance(node, SKIPPED):
            return
        if isinstance(node, nodes.literal_block):
            self.record["code"].append(node.astext())
            return
        if isinstance(node, nodes.reference):
            refuri = node.get("refuri", "")
            parts = urlsplit(refuri)
            if parts.netloc == PYTHON_DOCS and parts.fragment and "." in parts.fragment:
                for name in _api_names(parts.fragment.removeprefix("module-")):
                    if name not in self.record["api"]:
                        self.record["api"].append(name)
        if isinstance(node, nodes.Text):
            self.record["text"].append(node.astext())
            return
        # Inline markup runs on in its sentence (`Pool`. stays "Pool."); a block ends a word.
        block = not isinstance(node, nodes.Inline)
        if block:
            self.record["text"].append(" ")
        for child in node.children:
            self.visit(child)
        if block:
            self.record["text"].append(" ")

    def finish(self) -> dict:
        record = dict(self.record)
        record["text"] = " ".join("".join(self.record["text"]).split())
        record["code"] = "\n".join(self.record["code"])
        record["api"] = list(self.record["api"])
        if not record["message"]:
            del record["message"]
        return record


def _records(doctree: nodes.document, url: str) -> list[dict]:
    records: list[dict] = []
    top = next(iter(doctree.findall(nodes.section)), None)
    if top is None:
        return records
    page = top[0].astext() if isinstance(top[0], nodes.title) else ""

    def walk(section: nodes.section, depth: int) -> None:
        anchor = "" if depth == 0 else "#" + section["ids"][0]
        title = section[0].astext() if isinstance(section[0], nodes.title) else page
        collector = _Collector(url + anchor, title, page)
        heading_code = [literal.astext() for literal in section[0].findall(nodes.literal)]
        collector.record["heading_code"] = " ".join(heading_code)
        # A heading that quotes a message (`RuntimeError: context has already been set`) is
        # where a pasted message should land, rather than a section that merely shows it.
        collector.record["message"] = any(len(code.split()) >= 5 for code in heading_code)
        for child in section.children[1:]:
            if isinstance(child, nodes.section):
                walk(child, depth + 1)
            else:
                collector.visit(child)
        records.append(collector.finish())

    walk(top, 0)
    # The page's description, written as its summary, belongs to the text under its title.
    for meta in doctree.findall(nodes.meta):
        if meta.get("name") == "description" and meta.get("content"):
            records[-1]["summary"] = meta["content"]
    return records


def _heading_words(title: str) -> set[str]:
    """The words of a heading, each also without a plural's "s" ("Locks" names ``Lock``)."""
    words = set(_WORD.findall(title))
    return words | {word[:-1] for word in words if word.endswith("s")}


def _named_by_heading(record: dict, linked_on_page: list[str], retold: bool) -> dict[str, bool]:
    """The APIs that ``record``'s heading names, each with whether it names a class as the
    class is spelled: a class linked on its page that the heading spells exactly ("A
    QueueHandler in each worker" names ``QueueHandler``, linked in the page's introduction);
    an API the section links whose name is a word of the heading in any case ("the pipe
    deadlock" for ``pipe``). A page that retells the topic pages (``retold``: the recipes and
    notes) names an API only as code (``add_done_callback()``), not in words: "Do not
    terminate a process that uses shared resources" does not introduce ``Process.terminate``.
    """
    lower = _heading_words(record["title"].lower())
    exact = _heading_words(record["title"])
    code = set(_WORD.findall(record.get("heading_code", "")))
    named = {}
    for name in linked_on_page:
        last = name.rsplit(".", 1)[-1]
        if last[:1].isupper() and last in exact:
            named[name] = True
        elif (last in code) if retold else (name in record["api"] and last.lower() in lower):
            named[name] = False
    return named


def collect(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html" or docname in app.config.section_search_exclude:
        return
    url = app.builder.get_target_uri(docname)
    _collected(app)[docname] = _records(doctree, url)


def _collected(app: Sphinx) -> dict[str, list[dict]]:
    """The records of the pages this build writes. Sphinx saves its environment before it
    writes, so they are kept apart, and :func:`_all_records` adds the pages it did not write."""
    if not hasattr(app, "section_search_records"):
        app.section_search_records = {}  # type: ignore[attr-defined]
    return app.section_search_records  # type: ignore[attr-defined]


def _all_records(app: Sphinx) -> dict[str, list[dict]]:
    """Every page's records: this build's, and the last build's for the pages it did not write
    again (an incremental build, as ``nox -s serve`` makes after each edit, writes only the
    pages that changed). Kept beside the doctrees; a page no longer in the project drops out."""
    saved = Path(app.doctreedir) / "section-search-records.json"
    try:
        store = json.loads(saved.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        store = {}
    store.update(_collected(app))
    store = {
        docname: records
        for docname, records in store.items()
        if docname in app.env.all_docs and docname not in app.config.section_search_exclude
    }
    saved.write_text(json.dumps(store, ensure_ascii=False), encoding="utf-8")
    return store


def _reading_order(app: Sphinx, store: dict) -> list[str]:
    """The pages as the table of contents lists them, then any others."""
    order: list[str] = []

    def visit(docname: str) -> None:
        if docname in order:
            return
        order.append(docname)
        for child in app.env.toctree_includes.get(docname, []):
            visit(child)

    visit(app.config.root_doc)
    return [name for name in order if name in store] + sorted(set(store) - set(order))


def _questions(app: Sphinx) -> dict[str, list[str]]:
    """The readers' questions of ``section_search_questions``, by the URL of their section."""
    if not app.config.section_search_questions:
        return {}
    path = Path(app.confdir) / app.config.section_search_questions
    with path.open("rb") as file:
        return {url: table["questions"] for url, table in tomllib.load(file).items()}


def _weight(app: Sphinx, docname: str) -> float:
    """How the page's sections rank against others on an equal match (section_search_weights)."""
    return next(
        (
            weight
            for start, weight in app.config.section_search_weights.items()
            if docname.startswith(start)
        ),
        1,
    )


def write(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    store = _all_records(app)
    questions = _questions(app)
    records = []
    # A section whose heading names the API (``Popen: start now...``) introduces it, wherever
    # it is in reading order. If several do, the one that spells a class as it is spelled
    # ("Barrier: wait until everyone has arrived" rather than "Conditions and barriers"), then
    # the first page in reading order, and on that page a section rather than the introduction.
    candidates: dict[str, tuple] = {}
    for position, docname in enumerate(_reading_order(app, store)):
        retold = _weight(app, docname) < 1
        linked_on_page = list(
            dict.fromkeys(api for record in store[docname] for api in record["api"])
        )
        for record in store[docname]:
            for name, spelled in _named_by_heading(record, linked_on_page, retold).items():
                key = (spelled, -position, "#" in record["url"])
                if name not in candidates or key > candidates[name][0]:
                    candidates[name] = (key, record["url"])
    owners = {name: url for name, (_, url) in candidates.items()}
    owned_by: dict[str, list[str]] = {}
    for name, url in owners.items():
        owned_by.setdefault(url, []).append(name)
    introduced = set(owners)
    # An API belongs to the section that links it first in reading order, where the site
    # introduces it; the sections that link it again get it as a weaker "mentions".
    for docname in _reading_order(app, store):
        # An overview page that lists its pages' links does not introduce their APIs.
        overview = docname == "index" or docname.endswith("/index")
        for record in sorted(store[docname], key=lambda record: "#" in record["url"]):
            names = record["api"] + [
                name for name in owned_by.get(record["url"], []) if name not in record["api"]
            ]
            record = dict(record)
            record.pop("heading_code", None)
            mine = [
                name
                for name in names
                if owners.get(name) == record["url"] or (name not in introduced and not overview)
            ]
            record["api"] = " ".join(mine)
            record["mentions"] = " ".join(name for name in names if name not in mine)
            if not overview:
                introduced.update(names)
            weight = _weight(app, docname)
            if weight != 1:
                record["weight"] = weight
            if record["url"] in questions:
                record["questions"] = "\n".join(questions.pop(record["url"]))
            records.append(record)
    # A renamed heading changes its section's id: its questions must follow it.
    for url in questions:
        logger.warning(
            "%s: no section %s (a renamed heading? give it a label, or move its questions)",
            app.config.section_search_questions,
            url,
        )
    target = Path(app.outdir) / "_static" / "search-sections.js"
    payload = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
    target.write_text(f"window.sectionSearchRecords = {payload};\n", encoding="utf-8")


def setup(app: Sphinx) -> dict:
    app.add_config_value("section_search_exclude", ["404", "genindex", "search"], "html")
    # A TOML file beside conf.py: for each section ("page.html#id", or "page.html" for the text
    # under a page's title), the questions readers type when it is the answer.
    app.add_config_value("section_search_questions", "", "html")
    # How a page's sections rank against other pages' on an equal match, by the start of its
    # name. The recipes, the notes for production and the measurements build on the topic
    # pages, which introduce each API; the guidelines and the errata of other tutorials retell
    # them. (The troubleshooting page no longer needs a lift: its entries' questions name the
    # symptoms.)
    app.add_config_value(
        "section_search_weights",
        {
            "recipes/": 0.8,
            "production/": 0.8,
            "performance": 0.8,
            "guides/errata": 0.8,
            "guides/guidelines": 0.8,
        },
        "html",
    )
    app.connect("doctree-resolved", collect)
    # Before slim_assets (build-finished, default priority 500), which reads every script.
    app.connect("build-finished", write, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": False}
