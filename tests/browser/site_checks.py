"""The built site as a reader meets it, checked in the system Chromium (``nox -s browser``).

The site in build/html is served on 127.0.0.1 with gzip, as a static host serves it, and each
check runs on every page that exists, so a failure names the page and the check in its test id,
e.g. ``site_checks.py::test_axe[phone-processes/first-process.html]``. The checks: no console
error or failed request, a title and a meta description, every icon drawn (and the theme's
fontawesome.js not loaded); no broken internal link, image or anchor; the 404 page; the sitemap
and Open Graph tags; search: Ctrl+K and "Queue" list the Queue pages, and each query of
search_queries.CHECKED (pasted messages in each version's wording, API names, tasks), typed into
the search page's field, has its expected section as the first result; the results page is axe
clean in light and dark mode and fits a phone; each snippet's copy button copies
the file and its download link serves the file's bytes; dark mode; no sideways scroll at 412 px;
axe at desktop and phone sizes (and in dark mode); at most 450 KiB per content page; and
screenshots of the home page and a topic page in build/screenshots.

``nox -s browser`` runs the checks in several pytest-xdist workers, each with one Chromium; the
checks of one page stay in one worker (``--dist loadgroup``), which loads the page once for all
of them.

This file is not named test_*.py so that the repository's plain ``pytest`` does not collect it;
``nox -s browser`` runs it with tests/browser/checks.ini. Environment: CHROMIUM (the browser's
path, default /usr/bin/chromium); Playwright never downloads a browser.
"""

from __future__ import annotations

import gzip
import html.parser
import os
import re
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT / "tests")]

import search_results  # noqa: E402
from search_queries import CHECKED  # noqa: E402
from search_queries import MISSES as SEARCH_MISSES  # noqa: E402
from site_server import HTML, serve  # noqa: E402

from harness.spec import parse_file  # noqa: E402 (after the path is set)

DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
SCREENSHOTS = ROOT / "build" / "screenshots"
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 412, "height": 915}
MAX_PAGE_TRANSFER = 450 * 1024  # bytes over the wire, gzip, for one content page


def _pages() -> list[str]:
    if not (HTML / "index.html").is_file():
        raise SystemExit(f"No site in {HTML}: build it first (nox -s docs).")
    skip = ("_static/", "_sources/", "_downloads/", "_images/")
    return sorted(
        path.relative_to(HTML).as_posix()
        for path in HTML.rglob("*.html")
        if not path.relative_to(HTML).as_posix().startswith(skip)
    )


PAGES = _pages()
# Pages written from docs/*.md (not the generated search, index and 404 pages).
CONTENT_PAGES = [
    page for page in PAGES if (DOCS / page).with_suffix(".md").is_file() and page != "404.html"
]


CHECKED_QUERIES = [
    pytest.param(query, expected, marks=pytest.mark.xfail(strict=True, reason="a known miss"))
    if query in SEARCH_MISSES
    else (query, expected)
    for query, expected in CHECKED
]
CHECKED_IDS = [re.sub(r"\W+", "-", query)[:40].strip("-") for query, _ in CHECKED]


def _by_page(pages: list[str]) -> list:
    """The pages as parameters grouped by page: under pytest-xdist (``--dist loadgroup``) the
    checks of one page run in one worker, which loads the page once for all of them."""
    return [pytest.param(page, marks=pytest.mark.xdist_group(page)) for page in pages]


def _source(page: str) -> Path:
    return (DOCS / page).with_suffix(".md")


@cache
def _snippets(page: str) -> dict[str, Path]:
    """The files a page includes, by the name its download link shows."""
    source = _source(page)
    if not source.is_file():
        return {}
    by_name: dict[str, list[Path]] = {}
    for snippet in parse_file(source):
        by_name.setdefault(snippet.path.name, []).append(snippet.path)
    return {name: paths[0] for name, paths in by_name.items() if len(paths) == 1}


SNIPPET_PAGES = [page for page in CONTENT_PAGES if _snippets(page)]


def _site_prefix() -> str:
    """The path the site lives under, as the 404 page's <base> says ("/" at a host's root)."""
    not_found = HTML / "404.html"
    if not_found.is_file():
        match = re.search(r'<base href="([^"]+)"', not_found.read_text(encoding="utf-8"))
        if match:
            return match[1]
    return "/"


# ---------------------------------------------------------------------------------------------
# Fixtures: one server and one browser for the run, a fresh context (cache, storage) per check.


@pytest.fixture(scope="session")
def site() -> str:
    with serve(HTML, _site_prefix()) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Browser:
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"No Chromium at {CHROMIUM}: apt-get install chromium, or set CHROMIUM.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class Visit:
    """A page opened in a fresh context, with what went wrong while it loaded."""

    page: Page
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)
    transferred: int = 0  # bytes over the wire for the first load, cache empty


SIZES = {
    "desktop": {"viewport": DESKTOP},
    "phone": {"viewport": PHONE, "is_mobile": True, "has_touch": True},
}
TRANSFERRED_JS = """() => performance.getEntriesByType("navigation")
  .concat(performance.getEntriesByType("resource"))
  .reduce((sum, entry) => sum + entry.transferSize, 0)"""


def _open(browser: Browser, site: str, path: str, color_scheme="light", **options) -> Visit:
    context = browser.new_context(color_scheme=color_scheme, device_scale_factor=1, **options)
    page = context.new_page()
    visit = Visit(page)
    page.on(
        "console",
        lambda message: (
            visit.errors.append(
                f"console {message.type}: {message.text} ({message.location.get('url')})"
            )
            if message.type in ("error", "assert")
            else None
        ),
    )
    page.on("pageerror", lambda error: visit.errors.append(f"uncaught: {error}"))
    page.on("request", lambda request: visit.requested.append(request.url))
    page.on(
        "requestfailed",
        lambda request: visit.failed.append(f"{request.url}: {request.failure}"),
    )
    page.on(
        "response",
        lambda response: (
            visit.failed.append(f"{response.url}: HTTP {response.status}")
            if response.status >= 400 and response.url.startswith(site)
            else None
        ),
    )
    page.goto(site + path, wait_until="networkidle")
    visit.transferred = page.evaluate(TRANSFERRED_JS)
    return visit


@pytest.fixture(scope="session")
def visit(browser: Browser, site: str):
    """A page at a size ("desktop", "phone"), loaded once and shared by the checks that only
    look at it."""
    opened: dict[tuple[str, str], Visit] = {}
    closed: set[str] = set()

    def visit(path: str, size: str = "desktop") -> Visit:
        if (path, size) not in opened:
            # A page's checks run one after another (xdist_group), so the last page's tabs
            # can close. A page seen again means the grouping has stopped working, and every
            # check loads its page once more.
            if path in closed:
                raise RuntimeError(
                    f"{path} opened again after its checks: pytest-xdist does not group "
                    "them (--dist loadgroup; pytest-xdist issue 1386 with pytest 9.2)"
                )
            for key in [key for key in opened if key[0] != path]:
                closed.add(key[0])
                opened.pop(key).page.context.close()
            opened[path, size] = _open(browser, site, path, **SIZES[size])
        return opened[path, size]

    yield visit
    for seen in opened.values():
        seen.page.context.close()


@pytest.fixture
def open_page(browser: Browser, site: str):
    """A page in a context of its own, for checks that click and change things."""
    contexts: list[BrowserContext] = []

    def open_page(path: str, size: str = "desktop", **options) -> Visit:
        opened = _open(browser, site, path, **SIZES[size], **options)
        contexts.append(opened.page.context)
        return opened

    yield open_page
    for context in contexts:
        context.close()


# ---------------------------------------------------------------------------------------------
# Every page loads cleanly, with a title, a description, and every icon drawn.

ICONS_JS = """async () => {
  await document.fonts.ready;
  const problems = [];
  // The icon fonts are cut down to the glyphs the site uses (conf/_ext/slim_assets.py): a glyph
  // that was cut would be drawn by the fallback font, as if the icon font did not exist.
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 48;
  const drawing = canvas.getContext("2d", {willReadFrequently: true});
  const pixels = (font, text) => {
    drawing.clearRect(0, 0, 48, 48);
    drawing.font = font;
    drawing.fillText(text, 4, 40);
    return drawing.getImageData(0, 0, 48, 48).data.join();
  };
  for (const icon of document.querySelectorAll('[class*="fa-"]')) {
    if (!icon.getClientRects().length) continue;  // not shown at this size
    const before = getComputedStyle(icon, "::before");
    const label = icon.outerHTML.slice(0, 80);
    if (!before.content || before.content === "none" || before.content === "normal") {
      problems.push(`no glyph: ${label}`);
      continue;
    }
    const family = before.fontFamily;
    if (!/Font Awesome/.test(family)) {
      problems.push(`not the icon font (${family}): ${label}`);
      continue;
    }
    const spec = `${before.fontWeight} 16px ${family}`;
    const glyph = before.content.replace(/"/g, "");
    if (!document.fonts.check(spec, glyph)) {
      problems.push(`icon font not loaded (${spec}): ${label}`);
    } else if (pixels(`${before.fontWeight} 32px ${family}`, glyph)
               === pixels(`${before.fontWeight} 32px no-such-font`, glyph)) {
      problems.push(`glyph missing from the icon font (${spec}): ${label}`);
    }
  }
  for (const face of document.fonts) {
    if (face.status === "error") problems.push(`font failed: ${face.family} ${face.weight}`);
  }
  return problems;
}"""


@pytest.mark.parametrize("page", _by_page(PAGES))
def test_page_loads_cleanly(visit, page: str) -> None:
    visit = visit(page)
    problems = [*visit.errors, *(f"failed request {failure}" for failure in visit.failed)]
    if any("fontawesome.js" in url for url in visit.requested):
        problems.append("requests the theme's fontawesome.js, which the site leaves out")
    title = visit.page.title().strip()
    if not title:
        problems.append("no <title>")
    description = visit.page.locator('meta[name="description"]')
    content = description.first.get_attribute("content") if description.count() else None
    if not (content and content.strip()):
        problems.append('no <meta name="description">')
    problems += visit.page.evaluate(ICONS_JS)
    assert not problems, f"{page}: " + "; ".join(problems)


# ---------------------------------------------------------------------------------------------
# No broken internal link, image or anchor.


class _Refs(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.base: str | None = None
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str]] = []  # (what, url)

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(name):
                self.ids.add(attributes[name])
        if tag == "base" and attributes.get("href"):
            self.base = attributes["href"]
        wanted = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src"}
        external_only = tag == "link" and attributes.get("rel") in ("canonical", "preconnect")
        if tag in wanted and attributes.get(wanted[tag]) and not external_only:
            self.refs.append((f"<{tag}>", attributes[wanted[tag]]))
        for candidate in (attributes.get("srcset") or "").split(","):
            if candidate.strip():
                self.refs.append((f"<{tag} srcset>", candidate.split()[0]))


@cache
def _fetch(url: str) -> tuple[int, bytes]:
    """GET as a browser does (gzip accepted); the status and the decoded body."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
            if response.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            return response.status, body
    except urllib.error.HTTPError as error:
        return error.code, b""


@cache
def _parsed(url: str) -> _Refs:
    refs = _Refs()
    refs.feed(_fetch(url)[1].decode("utf-8", "replace"))
    return refs


@pytest.mark.parametrize("page", _by_page(PAGES))
def test_links(site: str, page: str) -> None:
    url = site + page
    status, _ = _fetch(url)
    assert status == 200, f"{page}: HTTP {status}"
    refs = _parsed(url)
    base = urljoin(url, refs.base) if refs.base else url
    broken = []
    for what, ref in refs.refs:
        target = urljoin(base, ref)
        if not target.startswith(site.rstrip("/")) or target.startswith(("mailto:", "data:")):
            continue  # another site: the build has no network, and neither do these checks
        address, fragment = urldefrag(target)
        status, _ = _fetch(address)
        if status != 200:
            broken.append(f"{what} {ref}: HTTP {status}")
        elif fragment and address.endswith(".html") and fragment not in _parsed(address).ids:
            broken.append(f"{what} {ref}: no element with id {fragment!r}")
    assert not broken, f"{page}: broken links: " + "; ".join(broken)


def test_not_found_page(open_page, site: str) -> None:
    missing = "processes/no-such/page.html"
    status, _ = _fetch(site + missing)
    assert status == 404, f"a missing page answers HTTP {status}, not 404"
    visit = open_page(missing)
    # The browser reports the page's own 404 status as an error: that one is the point.
    own = f"{site}{missing}"
    problems = [error for error in visit.errors if f"({own})" not in error]
    problems += [f"failed request {failure}" for failure in visit.failed if own not in failure]
    heading = visit.page.locator("h1").first.inner_text()
    if "not found" not in heading.lower():
        problems.append(f"heading is {heading!r}")
    home = visit.page.get_by_role("link", name="home page").first
    home.click()
    visit.page.wait_for_load_state()
    if urlsplit(visit.page.url).path != urlsplit(site).path + "index.html":
        problems.append(f"the home page link leads to {visit.page.url}")
    assert not problems, "404 page: " + "; ".join(problems)


def test_sitemap_and_open_graph(site: str) -> None:
    """Search engines find every page; link previews have a title, a description and a URL."""
    status, body = _fetch(site + "sitemap.xml")
    assert status == 200, f"sitemap.xml: HTTP {status}"
    listed = {
        urlsplit(loc).path.lstrip("/") for loc in re.findall(r"<loc>([^<]+)</loc>", body.decode())
    }
    prefix = urlsplit(site).path.lstrip("/")
    missing = [page for page in CONTENT_PAGES if prefix + page not in listed]
    assert not missing, f"sitemap.xml does not list {missing}"
    problems = []
    for page in CONTENT_PAGES:
        text = _fetch(site + page)[1].decode()
        for tag in ("og:title", "og:description", "og:url"):
            if not re.search(rf'<meta property="{tag}" content="[^"]+"', text):
                problems.append(f"{page}: no {tag}")
    assert not problems, "; ".join(problems)


# ---------------------------------------------------------------------------------------------
# Search.


def _title(site: str, page: str) -> str:
    """The text of a page's first heading."""
    match = re.search(r"<h1[^>]*>(.*?)</h1>", _fetch(site + page)[1].decode(), re.S)
    return re.sub(r"<[^>]+>", "", match[1]) if match else ""


def test_search_finds_queue_page(open_page, site: str) -> None:
    queue_pages = [page for page in CONTENT_PAGES if re.search(r"\bQueues?\b", _title(site, page))]
    if not queue_pages:
        pytest.skip("no page has Queue in its title yet")
    # The way a reader searches: the search field (Ctrl+K), type, Enter.
    visit = open_page("index.html")
    visit.page.keyboard.press("Control+k")
    field = visit.page.locator("#pst-search-dialog input[name=q]")
    field.wait_for(state="visible")
    field.fill("Queue")
    field.press("Enter")
    visit.page.wait_for_url("**/search.html?q=Queue*")
    results = visit.page.locator(search_results.RESULT_LINKS)
    results.first.wait_for(timeout=15_000)
    found = {
        urlsplit(href).path
        for href in results.evaluate_all("links => links.map(link => link.href)")
    }
    prefix = urlsplit(site).path
    missing = [page for page in queue_pages if prefix + page not in found]
    assert not missing, f"search for Queue does not list {missing}; it lists {sorted(found)}"
    assert not visit.errors, "search page: " + "; ".join(visit.errors)
    # The search page's own field shows the query: the theme's icon must not cover its text.
    overlap = visit.page.evaluate("""() => {
      const form = [...document.querySelectorAll("form.bd-search")]
        .find(form => form.getClientRects().length && !form.closest("dialog"));
      const icon = form.querySelector(".fa-magnifying-glass").getBoundingClientRect();
      const input = form.querySelector("input");
      const textStart = input.getBoundingClientRect().left
        + parseFloat(getComputedStyle(input).paddingLeft);
      return icon.right - textStart;
    }""")
    assert overlap <= 0, f"search page: the magnifying glass covers {overlap:.0f} px of the query"


@pytest.fixture(scope="session")
def search_page(browser: Browser, site: str):
    """The search page, open for the query checks, which run one after another in it."""
    visit = _open(browser, site, "search.html", **SIZES["desktop"])
    yield visit
    visit.page.context.close()


@pytest.mark.xdist_group("search")
@pytest.mark.parametrize(("query", "expected"), CHECKED_QUERIES, ids=CHECKED_IDS)
def test_search_first_result(search_page, site: str, query: str, expected) -> None:
    """A pasted message, an API name or a task lands on the section that answers it."""
    links = search_results.results(search_page.page, site, query)
    wanted = expected if isinstance(expected, tuple) else (expected,)
    assert links, f"no result for {query!r}"
    where = search_results.rank(links, expected, HTML)
    assert where == 1, (
        f"{query!r}: the first result is {links[0]}, not {wanted[0]}; "
        f"that comes {where or 'nowhere'} in {links[:5]}"
    )
    assert not search_page.errors, "; ".join(search_page.errors)


@pytest.mark.xdist_group("search")
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_search_results_page(open_page, scheme: str, size: str) -> None:
    """The results read well: axe clean in both colour schemes, no sideways scroll at phone
    width, an excerpt with the matched words marked; screenshots in build/screenshots."""
    query = "Can't pickle local object"
    visit = open_page(f"search.html?q={query}", size, color_scheme=scheme)
    page = visit.page
    page.locator(search_results.RESULT_LINKS).first.wait_for()
    marked = page.locator("#section-search-results li").first.locator("mark").all_inner_texts()
    assert marked, "the first result's excerpt marks no matched word"
    problems = [*visit.errors]
    overflow = page.evaluate(OVERFLOW_JS)
    if overflow["scrollWidth"] > overflow["width"]:
        problems.append(f"scrolls sideways ({overflow['scrollWidth']} px): {overflow['wide']}")
    problems += _axe_violations(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"search-{size}-{scheme}.png")
    assert not problems, f"search results ({size}, {scheme}): " + "; ".join(problems)


# ---------------------------------------------------------------------------------------------
# Snippets: the copy button copies the code, the download link serves the file.

SNIPPET_BLOCKS_JS = """() => [...document.querySelectorAll("p.snippet-note")].map((note, index) => {
  let block = note.previousElementSibling;
  const link = note.querySelector("a.download");
  return {
    index,
    name: link ? link.textContent.replace(/^Download /, "") : null,
    href: link ? link.href : null,
    downloadAttribute: link ? link.hasAttribute("download") : false,
    shown: block ? block.querySelector("pre").textContent : null,
  };
})"""


@pytest.mark.parametrize("page", _by_page(SNIPPET_PAGES))
def test_copy_buttons(open_page, page: str) -> None:
    visit = open_page(page, permissions=["clipboard-read", "clipboard-write"])
    blocks = visit.page.evaluate(SNIPPET_BLOCKS_JS)
    files = _snippets(page)
    assert blocks, f"{page}: includes snippets but shows no snippet note"
    problems = []
    for block in blocks:
        note = visit.page.locator("p.snippet-note").nth(block["index"])
        code = note.locator("xpath=preceding-sibling::*[1]")
        # A program shown in a collapsed dropdown (the timelines' recording programs): open it,
        # as a reader does, before reaching for its copy button.
        code.evaluate(
            "el => { for (let d = el.closest('details'); d;"
            " d = d.parentElement?.closest('details')) d.open = true; }"
        )
        code.hover()
        code.locator("button.copybtn").click()
        copied = visit.page.evaluate("() => navigator.clipboard.readText()")
        # sphinx-copybutton drops one final newline, so that a paste into a shell does not run.
        expected = block["shown"].removesuffix("\n")
        path = files.get(block["name"])
        if path is not None and _whole_file(page, path):
            expected = path.read_text(encoding="utf-8").removesuffix("\n")
        if copied != expected:
            problems.append(f"{block['name']}: the copy button copies {copied[:60]!r}...")
    assert not problems, f"{page}: " + "; ".join(problems)


def _whole_file(page: str, path: Path) -> bool:
    """Whether the page includes the whole file (no :lines:, :pyobject: or similar option)."""
    for snippet in parse_file(_source(page)):
        if snippet.path == path:
            text = _source(page).read_text(encoding="utf-8")[snippet.start : snippet.end]
            return not re.search(r"^\s*:(lines|pyobject|start-|end-|emphasize)", text, re.M)
    return False


@pytest.mark.parametrize("page", _by_page(SNIPPET_PAGES))
def test_downloads(visit, page: str) -> None:
    visit = visit(page)
    blocks = visit.page.evaluate(SNIPPET_BLOCKS_JS)
    files = _snippets(page)
    problems = []
    for block in blocks:
        if not block["href"]:
            problems.append(f"note {block['index'] + 1} has no download link")
            continue
        if not block["downloadAttribute"]:
            problems.append(f"{block['name']}: the link lacks the download attribute")
        path = files.get(block["name"])
        if path is None:
            problems.append(f"{block['name']}: no snippet of that name in {_source(page).name}")
            continue
        status, body = _fetch(block["href"])
        if status != 200:
            problems.append(f"{block['name']}: HTTP {status}")
        elif body != path.read_bytes():
            problems.append(f"{block['name']}: serves other bytes than {path.relative_to(ROOT)}")
    assert not problems, f"{page}: " + "; ".join(problems)


# ---------------------------------------------------------------------------------------------
# Dark mode, phones, accessibility, weight.


def test_dark_mode_toggles(open_page) -> None:
    visit = open_page("processes/first-process.html")
    page = visit.page
    light = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert page.evaluate("() => document.documentElement.dataset.theme") == "light"
    page.locator(".theme-switch-button").first.click()
    page.locator('.theme-change-button[data-mode="dark"]').first.click()
    page.wait_for_function("() => document.documentElement.dataset.theme === 'dark'")
    dark = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert dark != light, f"the background stays {light} in dark mode"
    page.reload(wait_until="networkidle")
    assert page.evaluate("() => document.documentElement.dataset.theme") == "dark", (
        "dark mode is forgotten on the next page load"
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "first-process-desktop-dark.png")
    assert not visit.errors, "; ".join(visit.errors)


def test_repository_buttons(open_page) -> None:
    repository = os.environ["SITE_REPOSITORY_URL"].rstrip("/")  # nox -s browser sets it
    page = open_page("communication/queues.html").page
    page.locator(".dropdown-source-buttons button").first.click()
    source = page.locator(f'a[href="{repository}"]')
    issues = page.locator(f'a[href^="{repository}/issues/new"]')
    assert source.first.is_visible(), "no visible link to the repository"
    assert issues.first.is_visible(), "no visible link to open an issue"


OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const path = [];
  // Find what makes the page wide: hide children one by one, follow the one that fixes it.
  function culprit(element) {
    for (const child of element.children) {
      const display = child.style.display;
      child.style.display = "none";
      const fixed = document.documentElement.scrollWidth <= width;
      child.style.display = display;
      if (fixed) {
        const text = child.textContent.trim().replace(/\\s+/g, " ").slice(0, 50);
        path.push(`${child.tagName.toLowerCase()}.${child.className} "${text}"`);
        return culprit(child);
      }
    }
  }
  if (scrollWidth > width) culprit(document.body);
  return {scrollWidth, width, wide: path.slice(-2)};
}"""


@pytest.mark.parametrize("page", _by_page(PAGES))
def test_phone_has_no_horizontal_scroll(visit, page: str) -> None:
    visit = visit(page, "phone")
    result = visit.page.evaluate(OVERFLOW_JS)
    assert result["scrollWidth"] <= result["width"], (
        f"{page}: at {PHONE['width']} px the page scrolls sideways "
        f"({result['scrollWidth']} px wide); too wide: {result['wide']}"
    )


def _axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page as it is now, one line each."""
    if not AXE.is_file():
        raise SystemExit(f"No {AXE.relative_to(ROOT)}: run npm ci --prefix tests/browser first.")
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3)"
        ".map(n => n.target.join(' ')).join(', ')}`)"
    )


@pytest.mark.parametrize("page", _by_page(PAGES))
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_axe(visit, page: str, size: str) -> None:
    violations = _axe_violations(visit(page, size).page)
    assert not violations, f"{page} ({size}): axe: " + "; ".join(violations)


@pytest.mark.parametrize("page", ["index.html", "processes/first-process.html"])
def test_axe_dark_mode(open_page, page: str) -> None:
    """Dark mode has its own colours: the home page and a topic page, read by a reader whose
    system asks for dark."""
    visit = open_page(page, color_scheme="dark")
    assert visit.page.evaluate("() => document.documentElement.dataset.theme") == "dark"
    violations = _axe_violations(visit.page)
    assert not violations, f"{page} (dark): axe: " + "; ".join(violations)


@pytest.mark.parametrize("page", _by_page(CONTENT_PAGES))
def test_page_weight(visit, page: str) -> None:
    total = visit(page).transferred
    assert total <= MAX_PAGE_TRANSFER, (
        f"{page}: {total / 1024:.0f} KiB transferred (gzip), more than "
        f"{MAX_PAGE_TRANSFER // 1024} KiB"
    )


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(page, id=name, marks=pytest.mark.xdist_group(page))
        for page, name in [("index.html", "home"), ("processes/first-process.html", "topic")]
    ],
)
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_screenshots(visit, page: str, size: str) -> None:
    visit = visit(page, size)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = Path(page).stem if page != "index.html" else "home"
    visit.page.screenshot(path=SCREENSHOTS / f"{name}-{size}.png")
    visit.page.screenshot(path=SCREENSHOTS / f"{name}-{size}-full.png", full_page=True)
