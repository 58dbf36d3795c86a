"""Sphinx configuration: ``sphinx-build -c conf docs build/html`` (see noxfile.py)."""

import sys
from pathlib import Path

import tomllib
import zlib

CONF = Path(__file__).resolve().parent
ROOT = CONF.parent
sys.path[:0] = [str(CONF / "_ext"), str(ROOT / "tests")]  # our extension, and the harness's parser

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

project = "Python Multiprocessing by Example"
author = "The Python Multiprocessing by Example authors"
copyright = "2026, the authors. Code: MIT-0. Prose: CC BY-SA 4.0"
release = PYPROJECT["project"]["version"]

extensions = [
    "myst_parser",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "sphinx_design",
    "snippet_notes",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["**/README.md"]

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
intersphinx_timeout = 1

html_theme = "sphinx_book_theme"
html_title = project
html_static_path = ["_static"]
html_theme_options = {
    "show_toc_level": 2,
}

# The copy button copies code only: prompts and output lines of >>> sessions are left out.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True

# The "tested with" line under each snippet names the Python versions CI runs.
snippet_notes_classifiers = PYPROJECT["project"]["classifiers"]
