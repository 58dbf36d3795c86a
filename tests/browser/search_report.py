"""How often the site's search puts the right section first: a measurement, not a test.

    python tests/browser/search_report.py [--list NAME|PATH.py:NAME ...] [--verbose]

It serves build/html (build it first: ``nox -s docs``), types each query of a list into the
search page's field in the system Chromium, and prints the share of queries whose first result
is the expected section, with the misses. Run it in the browser session's environment:
``.nox/browser/bin/python tests/browser/search_report.py``.

A list is a name in tests/browser/search_queries.py (``CHECKED``, the lists ``nox -s browser``
asserts query by query; ``checked`` and ``all`` are accepted too), or any Python file and the
name of a list in it, ``--list path/to/queries.py:FRESH2``: a list of ``(query, target)``
tuples in search_queries.py's format, where a target is ``"page.html#section-id"`` (any id in
the section will do: a label's or the heading's own), ``"page.html"`` for the text under a
page's title, or a tuple of targets that answer equally. This is how a list written after the
search was tuned, and not tuned to, is measured: the figure the issue asks for.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import search_queries  # noqa: E402
from search_results import rank, results  # noqa: E402
from site_server import HTML, serve  # noqa: E402


def load(spec: str) -> tuple[str, list[tuple[str, object]]]:
    """A list by name in search_queries.py, or as ``path.py:NAME``."""
    if spec.lower() in ("checked", "all"):
        return "CHECKED", search_queries.CHECKED
    if ":" not in spec:
        return spec, getattr(search_queries, spec.upper().replace("-", "_"))
    path, _, name = spec.rpartition(":")
    module_spec = importlib.util.spec_from_file_location(Path(path).stem, path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return f"{path}:{name}", getattr(module, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--list",
        action="append",
        help="a list in search_queries.py (default CHECKED), or PATH.py:NAME; may be repeated",
    )
    parser.add_argument("--verbose", action="store_true", help="print every query's rank")
    args = parser.parse_args()
    if not (HTML / "search.html").is_file():
        raise SystemExit(f"No site in {HTML}: build it first (nox -s docs).")
    lists = [load(spec) for spec in args.list or ["CHECKED"]]
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with serve(HTML) as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(site + "search.html")
        for name, queries in lists:
            hits = 0
            for query, expected in queries:
                links = results(page, site, query)
                where = rank(links, expected, HTML)
                hits += where == 1
                if where != 1 or args.verbose:
                    wanted = expected[0] if isinstance(expected, tuple) else expected
                    found = f"rank {where}" if where else "not in the results"
                    first = links[0] if links else "nothing"
                    print(f"  {found}: {query!r} -> {wanted} (first: {first})")
            print(
                f"{name}: {hits} of {len(queries)} queries put the right section first "
                f"({100 * hits / len(queries):.0f} %)"
            )
        browser.close()


if __name__ == "__main__":
    main()
