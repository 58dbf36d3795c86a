"""How often the site's search puts the right section first: a measurement, not a test.

    python tests/browser/search_report.py [--list held-out|checked|all] [--verbose]

It serves build/html (build it first: ``nox -s docs``), types each query of
tests/browser/search_queries.py into the search page's field in the system Chromium, and prints
the share of queries whose first result is the expected section, with the misses. ``nox -s
browser`` asserts the ``checked`` list query by query; the ``held-out`` list was written after
that passed, and the search was not tuned to it, so its figure is the honest one. Run it in the
browser session's environment: ``.nox/browser/bin/python tests/browser/search_report.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import search_queries  # noqa: E402
from site_server import HTML, serve  # noqa: E402

LISTS = {
    "checked": search_queries.CHECKED,
    "held-out": search_queries.HELD_OUT,
    "fresh": search_queries.FRESH,
}
RESULT_LINKS = "#section-search-results ol.section-search-results > li h2 a"


def first_results(queries: list[tuple[str, object]]) -> list[list[str]]:
    """The result links, best first, for each query, as "page.html#section"."""
    found = []
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with serve(HTML) as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(site + "search.html")
        root = urlsplit(site).path
        for query, _ in queries:
            field = page.locator("form.bd-search input[name=q]").filter(visible=True).first
            field.fill(query)
            typed = field.input_value()  # a text field drops the line breaks of a paste
            page.wait_for_function(
                "query => document.getElementById('section-search-results')?.dataset.query"
                " === query && new URLSearchParams(location.search).get('q') === query",
                arg=typed,
            )
            links = page.locator(RESULT_LINKS).evaluate_all("links => links.map(l => l.href)")
            found.append(
                [
                    urlsplit(link).path.removeprefix(root)
                    + (f"#{urlsplit(link).fragment}" if urlsplit(link).fragment else "")
                    for link in links
                ]
            )
        browser.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", choices=[*LISTS, "all"], default="fresh")
    parser.add_argument("--verbose", action="store_true", help="print every query's rank")
    args = parser.parse_args()
    if not (HTML / "search.html").is_file():
        raise SystemExit(f"No site in {HTML}: build it first (nox -s docs).")
    for name in LISTS if args.list == "all" else [args.list]:
        queries = LISTS[name]
        results = first_results(queries)
        hits = 0
        for (query, expected), links in zip(queries, results, strict=True):
            wanted = expected if isinstance(expected, tuple) else (expected,)
            rank = next((i + 1 for i, link in enumerate(links) if link in wanted), None)
            hits += rank == 1
            if rank != 1 or args.verbose:
                where = f"rank {rank}" if rank else "not in the results"
                first = links[0] if links else "nothing"
                print(f"  {where}: {query!r} -> {wanted[0]} (first: {first})")
        print(
            f"{name}: {hits} of {len(queries)} queries put the right section first "
            f"({100 * hits / len(queries):.0f} %)"
        )


if __name__ == "__main__":
    main()
