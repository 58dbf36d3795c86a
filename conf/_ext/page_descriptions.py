"""A meta description on every page (search engines show it; Lighthouse's SEO audit asks for
it), and the page's own description in its link preview."""

from __future__ import annotations

import html
import re

from sphinx.application import Sphinx

GENERATED_DESCRIPTIONS = {
    "genindex": "Index of the Python functions, classes and terms explained on {project}.",
    "search": "Search {project}: every page, every example.",
}
_DESCRIPTION = re.compile(r'<meta content="([^"]*)" name="description" */?>')
_OG_DESCRIPTION = re.compile(r'<meta property="og:description" content="[^"]*" */?>')


def describe(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    metatags = context.get("metatags", "")
    written = _DESCRIPTION.search(metatags)
    if written:
        # sphinxext-opengraph describes the page by its first paragraph; the page's own
        # description is the better summary for link previews too.
        og = f'<meta property="og:description" content="{written[1]}" />'
        context["metatags"] = _OG_DESCRIPTION.sub(lambda _: og, metatags)
    elif pagename in GENERATED_DESCRIPTIONS:
        text = GENERATED_DESCRIPTIONS[pagename].format(project=app.config.project)
        context["metatags"] = (
            metatags + f'\n<meta name="description" content="{html.escape(text)}" />'
        )


def setup(app: Sphinx) -> dict:
    # After sphinxext-opengraph (priority 500) has written its tags.
    app.connect("html-page-context", describe, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
