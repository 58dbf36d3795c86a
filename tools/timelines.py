"""Record the site's timelines from real runs and draw them: ``nox -s timelines`` runs this.

Each recording program in PROGRAMS runs as ``python program.py`` would (a fresh interpreter, the
platform's default start method). Under its main guard it builds ``timeline``, a dict of panels,
each a list of records ``(lane, kind, start_ns, end_ns, text)``: which process did what, from
when to when, on one machine-wide clock (``time.monotonic_ns``). The dict is taken from the
globals that :func:`runpy.run_path` returns, so the programs carry no code for this script.

Into docs/timelines/ it writes, for each program:

* ``<name>.json``: the records, with when and on which machine they were made;
* ``<name>.txt``: the line under the picture that says when and where it was recorded;
* ``<name>.svg``: the drawing (matplotlib): a lane per process, a bar per record. The SVG's
  description holds the SHA-256 of the records and every bar has an id, so that
  tests/test_timelines.py can check that the committed picture was drawn from the committed data.

``--render-only`` records nothing and redraws the pictures from the JSON files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "timelines"
PROGRAMS = {
    "chunksize": "pools/pool/timeline_chunksize.py",
    "map_unordered": "pools/pool/timeline_map_unordered.py",
    "startup": "processes/start-methods/timeline_startup.py",
    "pipeline": "communication/joinable-queue/timeline_pipeline.py",
    "lock": "synchronization/locks/timeline_lock.py",
    "as_completed": "pools/executors/timeline_as_completed.py",
}
# Runs a program as __main__ and writes the ``timeline`` it built to the file argv[2].
RECORD = (
    "import json, runpy, sys; "
    "json.dump(runpy.run_path(sys.argv[1], run_name='__main__')['timeline'], "
    "open(sys.argv[2], 'w'))"
)
# Colours with at least 4.5:1 contrast against the white background (WCAG AA for text, and
# above the 3:1 that graphics need), told apart by lightness as well as hue.
COLOURS = {
    "task": "#0072B2",
    "starting": "#767676",
    "target": "#0072B2",
    "ending": "#B34700",
    "download": "#0072B2",
    "parse": "#B34700",
    "waiting": "#767676",
    "holding": "#B34700",
}
MARKER_COLOUR = "#000000"
# Records of these kinds are moments (start == end), drawn as a marker rather than a bar.
MOMENTS = {"result received", "future done"}
RUNS = 3  # recordings of each program; the one of median length is kept


def records_digest(panels: dict) -> str:
    """SHA-256 of the records, the same for the JSON file and the SVG drawn from it."""
    return hashlib.sha256(json.dumps(panels, sort_keys=True).encode()).hexdigest()


def machine() -> dict:
    from bench import cpu_model  # the benchmark driver beside this file names the CPU the same way

    return {
        "made": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu_model(),
        "cpus": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }


def length(panels: dict) -> int:
    return sum(
        max(item[3] for item in records) - min(item[2] for item in records)
        for records in panels.values()
    )


def record(name: str) -> None:
    """Run the program RUNS times and keep the run of median length: one stall of a busy
    machine then does not become the picture."""
    program = ROOT / "snippets" / PROGRAMS[name]
    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "timeline.json"
        for _ in range(RUNS):
            subprocess.run([sys.executable, "-c", RECORD, program, out], check=True)
            runs.append(json.loads(out.read_text()))
    panels = sorted(runs, key=length)[RUNS // 2]
    data = {"program": f"snippets/{PROGRAMS[name]}", "machine": machine(), "panels": panels}
    (OUT / f"{name}.json").write_text(json.dumps(data, indent=1) + "\n")


def lane_names(records: list) -> dict:
    """Name process-id lanes "worker 1", "worker 2"… in the order they first ran something."""
    names = {}
    for lane, *_ in sorted(records, key=lambda item: item[2]):
        if lane not in names:
            names[lane] = f"worker {len(names) + 1}" if isinstance(lane, int) else lane
    return names


def note(data: dict) -> str:
    """The line a page shows under a timeline: when, where, how busy."""
    made = data["machine"]
    return (
        "% Written by tools/timelines.py from the JSON file beside it: do not edit.\n\n"
        f"Recorded {made['made']} by `{Path(data['program']).name}` with Python "
        f"{made['python']} on {made['os']}, {made['cpus']} CPUs ({made['cpu']}), one-minute "
        f"load average {made['load_average']}; the run of median length out of {RUNS}.\n"
    )


def draw(name: str) -> None:
    import matplotlib.pyplot as plt

    data = json.loads((OUT / f"{name}.json").read_text())
    panels = data["panels"]
    all_records = [item for records in panels.values() for item in records]
    origin = {panel: min(item[2] for item in records) for panel, records in panels.items()}
    span = max(item[3] - origin[panel] for panel, rs in panels.items() for item in rs) / 1e6
    lanes = {panel: lane_names(records) for panel, records in panels.items()}
    heights = [len(set(names.values())) for names in lanes.values()]
    fig, axes_list = plt.subplots(
        len(panels),
        1,
        figsize=(4.6, 1.0 + 0.45 * sum(heights) + 0.5 * len(panels)),
        sharex=True,
        squeeze=False,
        height_ratios=heights,
        layout="constrained",
    )
    kinds_seen = {}
    for axes, (panel, records) in zip(axes_list[:, 0], panels.items(), strict=True):
        order = list(dict.fromkeys(lanes[panel].values()))
        for index, (lane, kind, start, end, text) in enumerate(records):
            row = order.index(lanes[panel][lane])
            left, width = (start - origin[panel]) / 1e6, (end - start) / 1e6
            gid = f"record-{panel}-{index}"
            if kind in MOMENTS:
                (artist,) = axes.plot(
                    left, row, marker="D", markersize=6, color=MARKER_COLOUR, linestyle=""
                )
            else:
                # A task of a few microseconds still shows, as a thin bar.
                shown = max(width, span / 250)
                tiny = shown > width
                (artist,) = axes.barh(
                    row,
                    shown,
                    left=left,
                    height=0.6,
                    color=COLOURS[kind],
                    edgecolor="none" if tiny else "white",
                    linewidth=0.5,
                ).patches
                if text and width > span / 12:
                    axes.text(left + width / 2, row, text, ha="center", va="center", color="white")
            kinds_seen.setdefault(kind, artist)
            artist.set_gid(gid)
        axes.set_yticks(range(len(order)), order)
        axes.set_ylim(len(order) - 0.5, -0.5)
        axes.set_title(panel, loc="left")
        axes.grid(True, axis="x", color="#dddddd", linewidth=0.6)
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    axes_list[-1, 0].set_xlabel("milliseconds from the first record")
    fig.legend(
        list(kinds_seen.values()),
        list(kinds_seen),
        loc="outside lower center",
        ncols=min(len(kinds_seen), 4),
        frameon=False,
    )
    fig.savefig(
        OUT / f"{name}.svg",
        format="svg",
        metadata={"Date": None, "Description": f"records sha256 {records_digest(panels)}"},
    )
    plt.close(fig)
    (OUT / f"{name}.txt").write_text(note(data))
    print(f"{name}: {len(all_records)} records drawn from {data['machine']['made']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--render-only", action="store_true", help="record nothing")
    parser.add_argument("--only", nargs="+", choices=sorted(PROGRAMS), help="record these")
    options = parser.parse_args()
    import matplotlib

    matplotlib.use("svg")
    matplotlib.rcParams.update(
        {"svg.hashsalt": "timelines", "svg.fonttype": "none", "font.size": 12}
    )
    OUT.mkdir(exist_ok=True)
    names = options.only or list(PROGRAMS)
    if not options.render_only:
        for name in names:
            record(name)
    for name in names:
        draw(name)


if __name__ == "__main__":
    main()
