"""A name for each expand button of the sidebar's table of contents.

pydata-sphinx-theme draws them as ``<summary>`` elements holding only a decorative chevron, so
screen readers announce a nameless button and axe reports its summary-name rule. Each gets the
name of the section it opens.
"""

from __future__ import annotations

import html
import re

from sphinx.application import Sphinx

_TOGGLE = re.compile(
    r'(<a class="[^"]*" href="[^"]*">(?P<name>.*?)</a><details(?: open="open")?>)<summary>'
)


def _name_toggles(html_text: str) -> str:
    def named(match: re.Match) -> str:
        name = html.escape(re.sub(r"<[^>]+>", "", match["name"]), quote=True)
        return f'{match[1]}<summary aria-label="Pages under {name}">'

    return _TOGGLE.sub(named, html_text)


def wrap_toctree(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    toctree = context.get("generate_toctree_html")
    if toctree is not None:
        context["generate_toctree_html"] = lambda *args, **kwargs: _name_toggles(
            str(toctree(*args, **kwargs))
        )


def setup(app: Sphinx) -> dict:
    # After pydata-sphinx-theme has put generate_toctree_html in the context.
    app.connect("html-page-context", wrap_toctree, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
