"""The repository's pages and snippets agree: every snippet is shown, every include exists."""

import re

from harness.spec import DOCS, ROOT, SNIPPETS, PageError, parse_file

PAGES = sorted(DOCS.rglob("*.md"))
# Found without the harness's parser, so that a parser that silently finds nothing is caught.
INCLUDE = re.compile(r"^\s*(`{3,}|~{3,})\{literalinclude\}\s+(\S*snippets/\S+)", re.M)


def _included() -> dict:
    included = {}
    for page in PAGES:
        for snippet in parse_file(page):
            included.setdefault(snippet.path, []).append(page)
    return included


def test_every_page_can_be_read():
    problems = []
    for page in PAGES:
        try:
            snippets = parse_file(page)
        except PageError as error:
            problems.append(str(error))
            continue
        problems.extend(
            f"{page.relative_to(ROOT)}: {snippet.name}: {error}"
            for snippet in snippets
            for error in snippet.errors
        )
    assert not problems, "\n".join(problems)


def test_the_parser_finds_every_include():
    for page in PAGES:
        written = {match[2] for match in INCLUDE.finditer(page.read_text(encoding="utf-8"))}
        parsed = parse_file(page)
        assert len(parsed) == len(written), (
            f"{page.relative_to(ROOT)} has {len(written)} snippet includes, "
            f"the harness found {len(parsed)}"
        )


def test_every_snippet_is_included_by_a_page():
    orphans = sorted(
        path.relative_to(ROOT).as_posix()
        for path in SNIPPETS.rglob("*.py")
        if path.resolve() not in _included()
    )
    assert not orphans, "snippets that no page includes (include them or delete them):\n" + (
        "\n".join(orphans)
    )


def test_every_included_snippet_exists():
    missing = [
        f"{page.relative_to(ROOT)} includes {path.relative_to(ROOT)}, which does not exist"
        for path, pages in _included().items()
        if not path.is_file()
        for page in pages
    ]
    assert not missing, "\n".join(missing)
