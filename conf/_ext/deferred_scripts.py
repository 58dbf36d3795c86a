"""Every script file of a page loads with ``defer``, so none blocks the first paint.

Sphinx, its extensions and the theme add their scripts without it, and Sphinx has no setting for
scripts that others add. Each of them waits for DOMContentLoaded or later, and deferred scripts
still run in document order.
"""

from __future__ import annotations

from sphinx.application import Sphinx


def _deferred(script):
    attributes = script.attributes
    if not script.filename or "body" in attributes or {"defer", "async"} & attributes.keys():
        return script  # inline scripts run where they stand, and need what came before
    if str(script.filename).endswith("documentation_options.js"):
        return script  # the inline scripts that follow it set DOCUMENTATION_OPTIONS fields
    return type(script)(script.filename, priority=script.priority, **attributes, defer="defer")


def defer_scripts(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if "script_files" in context:
        context["script_files"] = [_deferred(script) for script in context["script_files"]]


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", defer_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
