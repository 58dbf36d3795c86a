"""Small things the theme leaves to the site: the 404 page's base address, and a meta description
on every page (search engines show it; Lighthouse's SEO audit asks for it)."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from sphinx.application import Sphinx

GENERATED_DESCRIPTIONS = {
    "genindex": "Index of the Python functions, classes and terms explained on {project}.",
    "search": "Search {project}: every page, every example.",
}
_DESCRIPTION = re.compile(r'<meta content="([^"]*)" name="description" */?>')
_OG_DESCRIPTION = re.compile(r'<meta property="og:description" content="[^"]*" */?>')


def site_root_path(app: Sphinx) -> str:
    """The path the site is served under ("/" at the root of a host), from ``html_baseurl``."""
    path = urlsplit(app.config.html_baseurl or "/").path or "/"
    return path if path.endswith("/") else path + "/"


_TOGGLE = re.compile(
    r'(<a class="[^"]*" href="[^"]*">(?P<name>.*?)</a><details(?: open="open")?>)<summary>'
)
_EMPTY_HEADER = re.compile(r'<th class="(head[^"]*)">(?:<p></p>)?</th>')


def _name_toggles(html_text: str) -> str:
    """Give the sidebar's expand buttons a name: axe's summary-name rule, and screen readers."""

    def named(match: re.Match) -> str:
        name = html.escape(re.sub(r"<[^>]+>", "", match["name"]), quote=True)
        return f'{match[1]}<summary aria-label="Pages under {name}">'

    return _TOGGLE.sub(named, html_text)


def _deferred(script):
    """The same script, run after the page is parsed instead of blocking its first paint."""
    attributes = script.attributes
    if not script.filename or "body" in attributes or {"defer", "async"} & attributes.keys():
        return script  # inline scripts run where they stand, and need what came before
    if str(script.filename).endswith("documentation_options.js"):
        return script  # the inline scripts that follow it set DOCUMENTATION_OPTIONS fields
    return type(script)(script.filename, priority=script.priority, **attributes, defer="defer")


def add_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    context["site_root_path"] = site_root_path(app)
    # Every script waits on DOMContentLoaded or later, so none needs to block the first paint;
    # deferred scripts still run in document order. (layout.html defers the theme's search
    # scripts the same way.) Not on the search page, whose template loads Sphinx's search
    # scripts without defer, and they need doctools.js first.
    if "script_files" in context and pagename != "search":
        context["script_files"] = [_deferred(script) for script in context["script_files"]]
    toctree = context.get("generate_toctree_html")
    if toctree is not None:
        context["generate_toctree_html"] = lambda *args, **kwargs: _name_toggles(
            str(toctree(*args, **kwargs))
        )
    if "body" in context:
        # The empty corner cell of a comparison table heads nothing: a plain cell, not a <th>.
        context["body"] = _EMPTY_HEADER.sub(r'<td class="\1"></td>', context["body"])
    metatags = context.get("metatags", "")
    written = _DESCRIPTION.search(metatags)
    if written:
        # The page's own description is the better summary for link previews too.
        og = f'<meta property="og:description" content="{written[1]}" />'
        context["metatags"] = _OG_DESCRIPTION.sub(lambda _: og, metatags)
    elif pagename in GENERATED_DESCRIPTIONS:
        text = GENERATED_DESCRIPTIONS[pagename].format(project=app.config.project)
        context["metatags"] = (
            metatags + f'\n<meta name="description" content="{html.escape(text)}" />'
        )


def setup(app: Sphinx) -> dict:
    # After sphinxext-opengraph (priority 500) has written its tags.
    app.connect("html-page-context", add_context, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
