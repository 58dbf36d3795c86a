"""Lighthouse on the built site, served with gzip on 127.0.0.1 (``nox -s lighthouse``).

    python tests/browser/lighthouse_run.py [PAGE ...] [--min-score 95] [--min-performance 95]

Audits each page (default: the home page and two topic pages) with the mobile and the desktop
settings, using lighthouse@12 from tests/browser/node_modules (``npm ci --prefix tests/browser``)
and the system Chromium, and prints the four category scores. Reports go to build/lighthouse/
(JSON and HTML).

The run fails when a score is below the site's goal, 95. Accessibility, best practices and SEO
do not depend on the machine. Performance does (Lighthouse simulates a slow phone from what it
measures here, and a busy machine measures slowly): on a loaded machine, lower it with
--min-performance.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from site_server import HTML, ROOT, serve  # noqa: E402

LIGHTHOUSE = HERE / "node_modules" / "lighthouse" / "cli" / "index.js"
REPORTS = ROOT / "build" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# The home page and two topic pages.
DEFAULT_PAGES = ["index.html", "processes/first-process.html", "communication/queues.html"]


def audit(url: str, name: str, form: str) -> dict[str, int]:
    REPORTS.mkdir(parents=True, exist_ok=True)
    output = REPORTS / f"{name}-{form}"
    command = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--quiet",
        f"--chrome-flags={CHROMIUM_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        "--output=html",
        f"--output-path={output}",
    ]
    if form == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
    report = json.loads(output.with_suffix(".report.json").read_text(encoding="utf-8"))
    problems = [
        f"{audit['id']}: {audit['title']}"
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] and (audit := report["audits"][ref["id"]])["score"] not in (None, 1)
    ]
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    scores["problems"] = problems
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="pages below build/html, e.g. index.html")
    parser.add_argument("--min-score", type=int, default=95)
    parser.add_argument("--min-performance", type=int, default=95)
    args = parser.parse_args()
    if not LIGHTHOUSE.is_file():
        sys.exit(f"No {LIGHTHOUSE.relative_to(ROOT)}: run npm ci --prefix tests/browser first.")
    pages = args.pages or DEFAULT_PAGES
    failures = []
    rows = []
    with serve(HTML) as site:
        for page in pages:
            for form in ("mobile", "desktop"):
                name = page.removesuffix(".html").replace("/", "-")
                scores = audit(site + page, name, form)
                rows.append((page, form, scores))
                for category in CATEGORIES:
                    low = args.min_performance if category == "performance" else args.min_score
                    if scores[category] < low:
                        failures.append(f"{page} ({form}): {category} {scores[category]} < {low}")
    print(f"\n{'page':<36} {'form':<8} " + " ".join(f"{c:>14}" for c in CATEGORIES))
    for page, form, scores in rows:
        print(f"{page:<36} {form:<8} " + " ".join(f"{scores[c]:>14}" for c in CATEGORIES))
        for problem in scores["problems"]:
            print(f"{'':<46}below full marks: {problem}")
    print(f"\nReports: {REPORTS.relative_to(ROOT)}/")
    for failure in failures:
        print("FAILED", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
