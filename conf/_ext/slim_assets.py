"""Ship only the CSS rules and icon glyphs the built site can use.

The theme's stylesheets carry all of Bootstrap and every Font Awesome icon: 82 KB of
render-blocking CSS (gzip) and a 115 KB icon font on every page, for a site that uses a small
part of either. Once the HTML is written, this extension

- removes the style rules whose every selector names a class or id that appears nowhere in the
  built pages or in the site's JavaScript (Lightning CSS does the removal and minifies), and
  inlines ``@import``-ed sheets so the browser does not discover them one round trip late;
- cuts the Font Awesome webfonts down to the glyphs that the remaining rules can draw
  (fontTools).

The test for "used" is deliberately generous, as PurgeCSS's is: every word of every page and
script counts, and so does every class name that a script builds from a prefix (``kind-${...}``).
A rule survives if there is any chance that something shows it. The browser checks
(``nox -s browser``) verify that every icon shown is drawn from the font.
"""

from __future__ import annotations

import logging as std_logging
import re
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

_WORD = re.compile(r"[A-Za-z0-9_-]+")
_TEMPLATE_PREFIX = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)\$\{")  # `kind-${kind}` -> "kind-"
_DECLARATIONS = re.compile(r"\{[^{}]*\}")
_SYMBOL = re.compile(r"[.#](-?[A-Za-z_][A-Za-z0-9_-]*)")
_KEYFRAMES = re.compile(r"@(?:-webkit-)?keyframes\s+([A-Za-z0-9_-]+)")


def used_words(outdir: Path) -> tuple[set[str], tuple[str, ...]]:
    """Every word in the built pages and scripts, and the class-name prefixes scripts extend."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for path in [*outdir.rglob("*.html"), *outdir.rglob("*.js")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        words.update(_WORD.findall(text))
        if path.suffix == ".js":
            prefixes.update(_TEMPLATE_PREFIX.findall(text))
    return words, tuple(sorted(prefixes))


def unused_symbols(css: str, words: set[str], prefixes: tuple[str, ...]) -> set[str]:
    """The classes and ids that the stylesheet's selectors name and nothing on the site uses."""
    # Declaration blocks are the innermost braces: without them, what is left is selectors and
    # at-rule preludes, including the selectors inside @media blocks.
    selectors = _DECLARATIONS.sub(" ", css)
    keyframes = set(_KEYFRAMES.findall(css))  # Lightning CSS drops keyframes of those names too
    return {
        name
        for name in _SYMBOL.findall(selectors)
        if name not in words and name not in keyframes and not name.startswith(prefixes)
    }


def slim_stylesheet(path: Path, words: set[str], prefixes: tuple[str, ...]) -> set[int]:
    """Rewrite one stylesheet without its unused rules; return the icon codepoints it keeps."""
    import lightningcss

    original = path.read_text(encoding="utf-8")
    # bundle_css inlines @import-ed files (the theme's theme.css imports basic.css).
    css = lightningcss.bundle_css(str(path), minify=False) if "@import" in original else original
    slim = lightningcss.process_stylesheet(
        css,
        filename=str(path),
        unused_symbols=unused_symbols(css, words, prefixes),
        minify=True,
    )
    # Lightning CSS writes escapes such as "\\f002" as the characters themselves, in UTF-8, as
    # the pages are: a stylesheet without a charset of its own is read in its page's encoding.
    path.write_text(slim, encoding="utf-8")
    return {ord(c) for c in slim if 0xE000 <= ord(c) <= 0xF8FF}  # Unicode's private use area


def subset_font(path: Path, codepoints: set[int]) -> None:
    from fontTools import subset

    std_logging.getLogger("fontTools").setLevel(std_logging.WARNING)  # it reports every table
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    font = subset.load_font(str(path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    subset.save_font(font, str(path), options)


def slim(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    static = outdir / "_static"
    words, prefixes = used_words(outdir)
    stylesheets = sorted(static.rglob("*.css"))
    before = sum(path.stat().st_size for path in stylesheets)
    codepoints: set[int] = set()
    for path in stylesheets:
        codepoints |= slim_stylesheet(path, words, prefixes)
    after = sum(path.stat().st_size for path in stylesheets)
    fonts = sorted((static / "vendor" / "fontawesome").rglob("*.woff2"))
    font_before = sum(path.stat().st_size for path in fonts)
    for path in fonts:
        subset_font(path, codepoints)
    font_after = sum(path.stat().st_size for path in fonts)
    logger.info(
        "slim_assets: CSS %d -> %d bytes, icon fonts %d -> %d bytes (%d glyphs)",
        before,
        after,
        font_before,
        font_after,
        len(codepoints),
    )


def setup(app: Sphinx) -> dict:
    # After every other handler: the pages and static files must all be written.
    app.connect("build-finished", slim, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
