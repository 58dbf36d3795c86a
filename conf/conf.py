"""Sphinx configuration: ``sphinx-build -c conf docs build/html`` (see noxfile.py)."""

import os
import sys
import zlib
from pathlib import Path
from urllib.parse import urlsplit

import tomllib

CONF = Path(__file__).resolve().parent
ROOT = CONF.parent
sys.path[:0] = [str(CONF / "_ext"), str(ROOT / "tests")]  # our extension, and the harness's parser

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# Where the site lives, from the environment of the build that publishes it.
# SITE_REPOSITORY_URL: the repository's web page, e.g. "https://github.com/OWNER/REPO"; it adds
# the repository and issue buttons to every page. Unset, the site shows none (a link to nowhere
# would greet readers with a 404). `nox -s browser` sets one to check the buttons.
REPOSITORY_URL = os.environ.get("SITE_REPOSITORY_URL", "").rstrip("/")
# SITE_URL: where the built site is published, with its trailing slash. It makes the canonical
# links, the Open Graph URLs and the sitemap's absolute addresses; ".invalid" marks it as not set.
SITE_URL = os.environ.get("SITE_URL", "https://multiprocessing-by-example.invalid/")
if not SITE_URL.endswith("/"):
    SITE_URL += "/"

project = "Python Multiprocessing by Example"
author = "The Python Multiprocessing by Example authors"
copyright = "2026, the authors. Code: MIT-0. Prose: CC BY-SA 4.0"
release = PYPROJECT["project"]["version"]

extensions = [
    "myst_parser",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "sphinx_design",
    "sphinxext.opengraph",
    "sphinx_sitemap",
    "snippet_notes",
    "page_descriptions",
    "sidebar_toggles",
    "deferred_scripts",
    "section_search",
    "slim_assets",
]
myst_enable_extensions = ["colon_fence", "deflist"]

# What readers type when a section is the answer they need, indexed with it by the site's search.
section_search_questions = "search-questions.toml"

# Every reference must resolve (sphinx-build -n -W): no silent broken links.
nitpicky = True

# The Python docs' inventory is kept in the repository (from Debian's python3.11-doc package), so
# the build never needs the network; the links it makes point to docs.python.org.
# APIs added after 3.11 are listed in python-newer-objects.txt and written out as an inventory.


def _newer_python_inventory() -> str:
    entries = []
    for line in (CONF / "python-newer-objects.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, role, page = line.split()
            entries.append(f"{name} {role} 1 {page}#$ -\n")
    header = "# Sphinx inventory version 2\n# Project: Python\n# Version: 3\n"
    header += "# The remainder of this file is compressed using zlib.\n"
    target = ROOT / "build" / "python-newer-objects.inv"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header.encode() + zlib.compress("".join(entries).encode()))
    return str(target)


intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(CONF / "python-3.11-objects.inv")),
    # The same site; the URL differs only by its slash because Sphinx wants each mapping unique.
    "python-newer": ("https://docs.python.org/3/", _newer_python_inventory()),
}

html_theme = "sphinx_book_theme"
html_title = project
html_short_title = "Multiprocessing by Example"
html_static_path = ["_static"]
templates_path = ["_templates"]
html_css_files = ["site.css"]
html_favicon = "_static/favicon.svg"
html_logo = "_static/logo.svg"
html_baseurl = SITE_URL
html_copy_source = False  # the "download source" menu offers the page's Markdown: not for readers
html_show_sourcelink = False
html_context = {
    # "auto" follows the reader's system setting; the theme logs an error when no mode is given.
    "default_mode": "auto",
    # The path the site is served under, for the 404 page's <base> (layout.html).
    "site_root_path": urlsplit(SITE_URL).path,
}
# The book theme's sidebar, with the logo inside a landmark (sidebar-brand.html).
html_sidebars = {"**": ["sidebar-brand.html", "search-button-field.html", "sbt-sidebar-nav.html"]}
html_theme_options = {
    "show_toc_level": 2,
    "toc_title": "On this page",
    "home_page_in_toc": False,  # the logo and title at the top of the sidebar lead home
    # pydata-sphinx-theme 0.20 puts a second search field in a header bar unless told otherwise;
    # the book theme has its own in the sidebar.
    "navbar_persistent": [],
    "show_navbar_depth": 1,
    "show_prev_next": True,
    "use_download_button": False,
    # The copyright line names the authors and the licences; "By <author>" would repeat it.
    "footer_content_items": ["copyright.html"],
    "use_fullscreen_button": False,
    "logo": {"text": html_short_title, "alt_text": f"{project}: home"},
    # Colours that keep every token at WCAG AA contrast on the code background (axe checks).
    "pygments_light_style": "a11y-light",
    "pygments_dark_style": "a11y-dark",
}
if REPOSITORY_URL:
    html_theme_options |= {
        "repository_url": REPOSITORY_URL,
        "repository_branch": "main",
        "path_to_docs": "docs",
        "use_repository_button": True,
        "use_issues_button": True,
    }

# Open Graph tags for link previews, and a sitemap for search engines.
ogp_site_url = SITE_URL
ogp_site_name = project
ogp_social_cards = {"enable": False}  # they would need matplotlib and add an image per page
ogp_enable_meta_description = True  # a page without its own description gets its first paragraph
sitemap_url_scheme = "{link}"
sitemap_excludes = ["search.html", "genindex.html", "404.html"]

# The copy button copies code only. In >>> sessions and console blocks Pygments marks prompts
# (.gp) and output (.go), and those are left out; an included snippet has neither, so its copy
# is the file exactly (the browser checks compare them). Matching prompts by text instead would
# also cut lines of a snippet that happen to start with ">>> " or "$ ".
copybutton_exclude = ".linenos, .gp, .go"
copybutton_prompt_text = ""
