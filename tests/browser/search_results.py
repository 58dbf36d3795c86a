"""Reading the search page's results, shared by the browser checks (site_checks.py) and the
measurement (search_report.py).

:func:`results` types a query into the search page's field, the way a reader does, and returns
the result links, best first, as ``"page.html#section"``. :func:`rank` says where an expected
target comes among them. A target may name a section by any of its ids: a section with a label
(``(pool-chunksize)=`` above ``## chunksize: send tasks in batches``) has the label's id, which
its heading links to and the search lists, and the heading's own slug
(``chunksize-send-tasks-in-batches``) on a ``<span>`` beside it; :func:`canonical` maps either
to the id the search lists.
"""

from __future__ import annotations

import html.parser
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page

RESULT_LINKS = "#section-search-results ol.section-search-results > li h2 a"


def results(page: Page, site: str, query: str) -> list[str]:
    """Type ``query`` into the search page open in ``page`` (served at ``site``); the links of
    the results, best first, relative to the site."""
    field = page.locator("form.bd-search input[name=q]").filter(visible=True).first
    field.fill(query)
    typed = field.input_value()  # a text field drops the line breaks of a paste
    page.wait_for_function(
        "query => document.getElementById('section-search-results')?.dataset.query === query"
        " && new URLSearchParams(location.search).get('q') === query",
        arg=typed,
    )
    root = urlsplit(site).path
    links = page.locator(RESULT_LINKS).evaluate_all("links => links.map(link => link.href)")
    return [
        urlsplit(link).path.removeprefix(root)
        + (f"#{urlsplit(link).fragment}" if urlsplit(link).fragment else "")
        for link in links
    ]


class _Sections(html.parser.HTMLParser):
    """Each id of a page, with the id of the innermost section that holds it (None for the
    page's top section, whose search result has no anchor)."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str | None] = []
        self.section_of: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs) -> None:
        element_id = dict(attrs).get("id")
        if tag == "section":
            self.open.append(element_id)
        if element_id and self.open:
            self.section_of.setdefault(element_id, self.open[-1] if len(self.open) > 1 else None)

    def handle_endtag(self, tag: str) -> None:
        if tag == "section" and self.open:
            self.open.pop()


@cache
def _sections(path: Path) -> dict[str, str | None]:
    parser = _Sections()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.section_of


def canonical(target: str, html: Path) -> str:
    """``target`` ("page.html#any-id-in-a-section") as the search lists that section."""
    page, _, fragment = target.partition("#")
    if not fragment or not (html / page).is_file():
        return target
    sections = _sections(html / page)
    if fragment not in sections:
        return target
    section = sections[fragment]
    return f"{page}#{section}" if section else page


def rank(links: list[str], expected: str | tuple[str, ...], html: Path) -> int | None:
    """Where the first of the expected targets comes in ``links`` (1 is first), or None."""
    wanted = {
        canonical(target, html)
        for target in (expected if isinstance(expected, tuple) else (expected,))
    }
    return next((index + 1 for index, link in enumerate(links) if link in wanted), None)
