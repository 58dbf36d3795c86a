"""A meta description on every page (search engines show it; Lighthouse's SEO audit asks for
it), and the page's own description in its link preview."""

from __future__ import annotations

import html

from docutils import nodes
from sphinx.application import Sphinx

GENERATED_DESCRIPTIONS = {
    "genindex": "Index of the Python functions, classes and terms explained on {project}.",
    "search": "Search {project}: every page, every example.",
}


def describe(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if doctree is None:  # a page that Sphinx generates
        if pagename in GENERATED_DESCRIPTIONS:
            text = GENERATED_DESCRIPTIONS[pagename].format(project=app.config.project)
            tag = f'<meta name="description" content="{html.escape(text)}" />'
            context["metatags"] = context.get("metatags", "") + "\n" + tag
        return
    # A page's description (html_meta in its front matter) is a better summary for link
    # previews than the first paragraph that sphinxext-opengraph takes otherwise; it writes
    # the og: fields of the page's metadata over its own.
    for meta in doctree.findall(nodes.meta):
        if meta.get("name") == "description":
            context["meta"] = {**(context["meta"] or {}), "og:description": meta["content"]}


def setup(app: Sphinx) -> dict:
    # Before sphinxext-opengraph (priority 500) writes its tags.
    app.connect("html-page-context", describe, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
