"""The repository's pages and snippets agree: every snippet is shown, every include exists.

The site is ``docs/`` and ``snippets/`` below pytest's rootdir (the repository, or a scenario
folder of the harness's own tests).
"""

import re
from pathlib import Path

import pytest

from harness.spec import PageError, parse_file

# Found without the harness's parser, so that a parser that silently finds nothing is caught.
INCLUDE = re.compile(r"^\s*(`{3,}|~{3,})\{literalinclude\}\s+(\S*snippets/\S+)", re.M)


class Site:
    def __init__(self, root: Path) -> None:
        self.root, self.docs, self.snippets = root, root / "docs", root / "snippets"
        self.pages = sorted(self.docs.rglob("*.md"))

    def parse(self, page: Path):
        return parse_file(page, self.docs, self.snippets)

    def included(self) -> dict:
        included = {}
        for page in self.pages:
            for snippet in self.parse(page):
                included.setdefault(snippet.path, []).append(page)
        return included


@pytest.fixture(scope="module")
def site(pytestconfig) -> Site:
    return Site(pytestconfig.rootpath)


def test_every_page_can_be_read(site):
    problems = []
    for page in site.pages:
        try:
            snippets = site.parse(page)
        except PageError as error:
            problems.append(str(error))
            continue
        problems.extend(
            f"{page.relative_to(site.root)}: {snippet.name}: {error}"
            for snippet in snippets
            for error in snippet.errors
        )
    assert not problems, "\n".join(problems)


def test_the_parser_finds_every_include(site):
    for page in site.pages:
        written = {match[2] for match in INCLUDE.finditer(page.read_text(encoding="utf-8"))}
        parsed = site.parse(page)
        assert len(parsed) == len(written), (
            f"{page.relative_to(site.root)} has {len(written)} snippet includes, "
            f"the harness found {len(parsed)}"
        )


def test_the_site_has_snippets(site):
    assert len(site.included()) >= 3


def test_every_snippet_is_included_by_a_page(site):
    included = site.included()
    orphans = sorted(
        path.relative_to(site.root).as_posix()
        for path in site.snippets.rglob("*.py")
        if path.resolve() not in included
    )
    assert not orphans, "snippets that no page includes (include them or delete them):\n" + (
        "\n".join(orphans)
    )


def test_every_included_snippet_exists(site):
    missing = [
        f"{page.relative_to(site.root)} includes {path.relative_to(site.root)}, "
        "which does not exist"
        for path, pages in site.included().items()
        if not path.is_file()
        for page in pages
    ]
    assert not missing, "\n".join(missing)
