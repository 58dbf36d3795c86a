"""A name for each expand button of the sidebar's table of contents.

pydata-sphinx-theme draws them as ``<summary>`` elements holding only a decorative chevron, so
screen readers announce a nameless button and axe reports its summary-name rule. Each gets the
name of the section it opens.
"""

from __future__ import annotations

from sphinx.application import Sphinx


def wrap_toctree(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    generate_toctree_html = context.get("generate_toctree_html")
    if generate_toctree_html is None:
        return

    def named_toggles(*args, **kwargs):
        # The theme's BeautifulSoup tree: each <summary> follows the link to its section.
        soup = generate_toctree_html(*args, **kwargs)
        for summary in soup.select("li > details > summary"):
            link = summary.parent.find_previous_sibling("a")
            if link is not None:
                summary["aria-label"] = f"Pages under {link.get_text()}"
        return soup

    context["generate_toctree_html"] = named_toggles


def setup(app: Sphinx) -> dict:
    # After pydata-sphinx-theme has put generate_toctree_html in the context.
    app.connect("html-page-context", wrap_toctree, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
