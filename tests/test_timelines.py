"""The committed timeline pictures were drawn from the committed data (tools/timelines.py)."""

import importlib.util
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("timelines", ROOT / "tools" / "timelines.py")
timelines = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(timelines)


@pytest.mark.parametrize("name", sorted(timelines.PROGRAMS))
def test_picture_matches_its_data(name):
    data = json.loads((timelines.OUT / f"{name}.json").read_text())
    assert data["program"] == f"snippets/{timelines.PROGRAMS[name]}"
    svg = ElementTree.parse(timelines.OUT / f"{name}.svg").getroot()
    descriptions = [element.text for element in svg.iter() if element.tag.endswith("description")]
    assert descriptions == [f"records sha256 {timelines.records_digest(data['panels'])}"]
    drawn = {element.get("id") for element in svg.iter()} - {None}
    expected = {
        f"record-{panel}-{index}"
        for panel, records in data["panels"].items()
        for index in range(len(records))
    }
    assert expected <= drawn, f"records not drawn: {sorted(expected - drawn)[:5]}"
    note = (timelines.OUT / f"{name}.txt").read_text()
    assert note == timelines.note(data)


def test_every_picture_has_a_program():
    committed = {path.stem for path in timelines.OUT.glob("*.json")}
    assert committed == set(timelines.PROGRAMS)
