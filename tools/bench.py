"""Measure the Performance page's numbers: ``nox -s bench`` runs this.

Each benchmark in snippets/performance/ runs at full size (``BENCH_SIZE=full``;
parallel_overhead.py once per start method) as ``__main__`` through :func:`runpy.run_path`,
whose returned globals hold what it measured: ``results`` and its upper-case settings. This
script adds a note of the machine and writes, into docs/performance/:

* ``<name>.json``: the results, the machine, and what the snippet printed;
* ``<name>.svg``: a plot of them (matplotlib);
* ``<name>.txt``: the tables that docs/performance.md includes with ``{include}``, and
  ``machine.txt``, the note of the machine. They are written from the JSON files only, so the
  page shows nothing that was not measured.

The recipes' measurements (:data:`RECIPES`) run the same way, from their own snippets, once per
environment listed; their JSON files and tables go to docs/performance/ too, and the recipe pages
include the tables.

``--render-only`` measures nothing and rewrites the plots and tables from the JSON files there;
``--only NAME [NAME ...]`` measures only those benchmarks.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "docs" / "performance"  # the data, plots and tables, beside the page
SNIPPETS = ROOT / "snippets" / "performance"
METHODS = ("fork", "forkserver", "spawn")
# Which start methods each benchmark runs under; None: the platform's default, as
# ``python snippet.py`` runs it.
BENCHMARKS = {
    "startup": [None],  # it tries every start method itself
    "pipe_throughput": [None],
    "shared_memory_throughput": [None],
    "pool_speedup": [None],
    "chunksize": [None],
    "parallel_overhead": [m for m in METHODS if m in multiprocessing.get_all_start_methods()],
}
# The recipes' measurements: the snippet (under snippets/) and the environment variables of each
# run, under the platform's default start method.
RECIPES = {
    "oversubscription": ("recipes/numeric/oversubscription.py", [{}]),
    "loky_startup": ("recipes/numeric/loky_startup.py", [{}]),
    "forkserver_preload": (
        "recipes/reference/forkserver_preload.py",
        [{"PRELOAD_NUMPY": "no"}, {"PRELOAD_NUMPY": "yes"}],
    ),
}
# Environment variables that change how the BLAS runs, recorded with the recipes' runs.
BLAS_VARIABLES = (
    "OPENBLAS_CORETYPE",
    "OPENBLAS_L2_SIZE",
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
)
SIZE = "full"  # the snippets' BENCH_SIZE
# Runs a snippet as __main__ (under a given start method, or the platform's default, as
# ``python snippet.py`` would) and writes what it measured, from the globals run_path returns.
LAUNCH = """
import json, multiprocessing, runpy, sys
method, snippet, data_file = sys.argv[1:]
if method:
    multiprocessing.set_start_method(method)
found = runpy.run_path(snippet, run_name="__main__")
settings = {name: value for name, value in found.items() if name.isupper()}
with open(data_file, "w") as file:
    json.dump({"settings": settings, "seconds": found["results"]}, file)
"""


# Measuring ---------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "usable_cpus": usable,
        "default_start_method": multiprocessing.get_start_method(),
    }


def blas() -> dict:
    """numpy's BLAS, as threadpoolctl reports it, and the variables that steer it."""
    code = "import numpy, threadpoolctl, json; print(json.dumps(threadpoolctl.threadpool_info()))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {
        "threadpool_info": [
            {key: pool[key] for key in ("internal_api", "version", "architecture", "num_threads")}
            for pool in json.loads(found.stdout)
        ],
        "environment": {name: os.environ.get(name) for name in BLAS_VARIABLES},
    }


def run_one(name: str, method: str | None, path: Path | None = None, extra: dict | None = None):
    path = path or SNIPPETS / f"{name}.py"
    with tempfile.TemporaryDirectory() as scratch:
        data_file = Path(scratch) / "results.json"
        command = [sys.executable, "-c", LAUNCH, method or "", str(path), str(data_file)]
        env = dict(os.environ, BENCH_SIZE=SIZE, **(extra or {}))
        load_before = os.getloadavg()
        started = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        took = time.perf_counter() - started
        if result.returncode != 0:
            sys.exit(f"{path.name} failed ({result.returncode}):\n{result.stderr}")
        data = json.loads(data_file.read_text())
    return {
        **({"environment": extra} if extra is not None else {}),
        "start_method": method or multiprocessing.get_start_method(),
        "set_by": "the benchmark's launcher" if method else "the platform's default",
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "load_average_before": [round(load, 2) for load in load_before],
        "load_average_after": [round(load, 2) for load in os.getloadavg()],
        "seconds_taken": round(took, 1),
        "output": result.stdout,
        **data,
    }


def measure_all(names: list[str]) -> None:
    note = machine()
    for name in names:
        if name in RECIPES:
            measure_recipe(name, note)
            continue
        runs = []
        for method in BENCHMARKS[name]:
            print(f"bench: {name} under {method or 'the default start method'} ...", flush=True)
            runs.append(run_one(name, method))
            print(runs[-1]["output"], end="", flush=True)
        record = {
            "snippet": f"snippets/performance/{name}.py",
            "command": f"BENCH_SIZE=full python snippets/performance/{name}.py",
            "machine": note,
            "runs": runs,
        }
        (HERE / f"{name}.json").write_text(json.dumps(record, indent=1) + "\n")


def measure_recipe(name: str, note: dict) -> None:
    snippet, environments = RECIPES[name]
    runs = []
    for extra in environments:
        settings = " ".join(f"{key}={value}" for key, value in extra.items())
        print(f"bench: {name} {settings}...", flush=True)
        runs.append(run_one(name, None, ROOT / "snippets" / snippet, extra))
        print(runs[-1]["output"], end="", flush=True)
    record = {
        "snippet": f"snippets/{snippet}",
        "command": f"BENCH_SIZE=full python snippets/{snippet}",
        "machine": note,
        "blas": blas(),
        "runs": runs,
    }
    (HERE / f"{name}.json").write_text(json.dumps(record, indent=1) + "\n")


# Rendering ---------------------------------------------------------------------------------


def number(value: float) -> str:
    """Three significant figures, never in scientific notation."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def spread(median: float, low: float, high: float) -> str:
    return f"{number(median)} ({number(low)}\N{EN DASH}{number(high)})"


def table(header: list[str], rows: list[list[str]], align: str) -> str:
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join("---:" if a == "r" else ":---" for a in align) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def how_measured(repeats: int) -> str:
    """How every table's figures were taken (the measurements in this file all work so)."""
    return f"median of {repeats} runs after a warm-up run, min\N{EN DASH}max in brackets."


def provenance(record: dict, name: str | None = None) -> str:
    """Where the figures come from; ``name``: a recipe's data, linked from the recipe's page."""
    runs = record["runs"]
    loads = ", ".join(f"{run['load_average_before'][0]:.1f}" for run in runs)
    how = f"`{record['command']}`"
    if name and len(runs) > 1:
        how = " and ".join(
            f"`{' '.join(f'{k}={v}' for k, v in run['environment'].items())} {record['command']}`"
            for run in runs
        )
    elif len(runs) > 1:
        how += ", once under each start method"
    text = (
        f"Measured {runs[0]['started'][:10]} with Python {record['machine']['python']} by {how}; "
    )
    if name:
        note = record["machine"]
        text += (
            f"{note['cpu_model']}, {note['cpu_count']} CPUs, default start method "
            f"{runs[0]['start_method']}; "
        )
        link = f"/performance/{name}.json"
    else:
        link = f"performance/{Path(record['snippet']).stem}.json"
    return (
        text + f"one-minute load average before {'each' if len(runs) > 1 else 'the'} run: {loads}. "
        f"Data: {{download}}`{Path(link).name} <{link}>`."
    )


def load(name: str) -> dict:
    return json.loads((HERE / f"{name}.json").read_text())


def figure(width: float = 7.0, height: float = 3.4):
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(figsize=(width, height), layout="constrained")
    axes.grid(True, axis="both", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    return fig, axes


def save(fig, name: str) -> None:
    fig.savefig(HERE / f"{name}.svg", format="svg", metadata={"Date": None})
    import matplotlib.pyplot as plt

    plt.close(fig)


def render_startup() -> str:
    record = load("startup")
    run = record["runs"][0]
    seconds, workers = run["seconds"], run["settings"]["POOL_WORKERS"]
    methods = [m for m in METHODS if f"{m} Process" in seconds]
    pool = f"Pool({workers})"
    rows = [
        [
            m,
            spread(*(1e3 * s for s in seconds[f"{m} Process"])),
            spread(*(1e3 * s for s in seconds[f"{m} {pool}"])),
        ]
        for m in methods
    ]
    text = table(
        [
            "start method",
            "`Process`: start and join, ms",
            f"`{pool}`: create, map, close, join, ms",
        ],
        rows,
        "lrr",
    )
    fork = seconds.get("fork Process", [None])[0]
    if fork:
        ratios = " and ".join(
            f"{seconds[f'{m} Process'][0] / fork:.0f} times as long under {m}"
            for m in methods
            if m != "fork"
        )
        text += f"\nStarting one process took {ratios} as under fork.\n"
    text += f"\n{how_measured(run['settings']['REPEATS']).capitalize()} {provenance(record)}\n"

    fig, axes = figure(height=2.8)
    import numpy as np

    positions = np.arange(len(methods))
    for offset, (label, key) in enumerate([("Process", "Process"), (pool, pool)]):
        medians = [1e3 * seconds[f"{m} {key}"][0] for m in methods]
        lows = [medians[i] - 1e3 * seconds[f"{m} {key}"][1] for i, m in enumerate(methods)]
        highs = [1e3 * seconds[f"{m} {key}"][2] - medians[i] for i, m in enumerate(methods)]
        axes.barh(
            positions + (offset - 0.5) * 0.4,
            medians,
            height=0.4,
            xerr=[lows, highs],
            label=label,
            capsize=3,
        )
    axes.set_yticks(positions, methods)
    axes.invert_yaxis()
    axes.set_xscale("log")
    axes.set_xlabel("milliseconds, log scale (median; bars: min\N{EN DASH}max)")
    axes.set_title("Start-up cost per start method")
    axes.legend(loc="upper right")
    save(fig, "startup")
    return text


def render_throughput() -> dict[str, str]:
    texts = {}
    bars = []
    for name in ("pipe_throughput", "shared_memory_throughput"):
        record = load(name)
        run = record["runs"][0]
        seconds = run["seconds"]
        total = run["settings"].get("TOTAL_BYTES") or (
            run["settings"]["CHUNK_COUNT"] * run["settings"]["CHUNK_BYTES"]
        )
        copy = seconds["memory copy"][0]
        rows = []
        for label, (median, fastest, slowest) in seconds.items():
            rate = [total / s / 1e9 for s in (median, slowest, fastest)]
            rows.append([label, spread(*rate), f"{copy / median:.0%}"])
            if label != "memory copy" or not bars:
                # the share of this run's own copy: median, and from slowest to fastest run
                shares = [copy / s for s in (median, slowest, fastest)]
                bars.append((label, shares, rate[0]))
        size = f"{total >> 20} MiB"
        if "CHUNK_BYTES" in run["settings"]:
            size += f" in {run['settings']['CHUNK_BYTES'] >> 20} MiB messages"
        texts[name] = (
            table(["how", "GB/s", "share of a memory copy"], rows, "lrr")
            + f"\n{size}; {how_measured(run['settings']['REPEATS'])} {provenance(record)}\n"
        )

    fig, axes = figure(height=3.0)
    shares = [share for _, share, _ in bars]
    axes.barh(
        range(len(bars)),
        [100 * share[0] for share in shares],
        xerr=[
            [100 * (share[0] - share[1]) for share in shares],
            [100 * (share[2] - share[0]) for share in shares],
        ],
        capsize=3,
        color=["#888888"] + ["C0"] * 3 + ["C1"] * 3,
    )
    for index, (_, share, gigabytes) in enumerate(bars):
        axes.text(100 * share[2], index, f"  {number(gigabytes)} GB/s", va="center")
    axes.set_yticks(range(len(bars)), [label for label, _, _ in bars])
    axes.invert_yaxis()
    axes.set_xlabel(
        "% of an in-process memory copy in the same run (median; bars: min\N{EN DASH}max)"
    )
    axes.margins(x=0.15)
    axes.set_title("Moving the same bytes to another process")
    save(fig, "throughput")
    return texts


def render_speedup() -> str:
    record = load("pool_speedup")
    run = record["runs"][0]
    seconds, cpus = run["seconds"], run["settings"]["CPUS"]
    serial = seconds["serial"][0]
    workers = sorted({int(key.split()[1]) for key in seconds if key != "serial"})
    rows = [["serial loop", "\N{EN DASH}", spread(*seconds["serial"]), "1.00", "", ""]]
    for count in workers:
        pool, executor = seconds[f"Pool.map {count}"], seconds[f"Executor.map {count}"]
        rows.append(
            [
                "",
                str(count),
                spread(*pool),
                f"{serial / pool[0]:.2f}",
                spread(*executor),
                f"{serial / executor[0]:.2f}",
            ]
        )
    text = table(
        ["run", "workers", "`Pool.map`, s", "speed-up", "`ProcessPoolExecutor.map`, s", "speed-up"],
        rows,
        "lrrrrr",
    )
    settings = run["settings"]
    text += (
        f"\n{settings['TASK_COUNT']} tasks of {settings['STEPS_PER_TASK']:,} steps; this machine "
        f"has {cpus} CPUs, so the best possible speed-up is {cpus}. "
        f"{how_measured(settings['REPEATS']).capitalize()} {provenance(record)}\n"
    )

    fig, axes = figure()
    for label, key in [("Pool.map", "Pool.map"), ("ProcessPoolExecutor.map", "Executor.map")]:
        values = [seconds[f"{key} {count}"] for count in workers]
        medians = [serial / v[0] for v in values]
        axes.errorbar(
            workers,
            medians,
            marker="o",
            capsize=3,
            label=label,
            yerr=[
                [m - serial / v[2] for m, v in zip(medians, values, strict=True)],
                [serial / v[1] - m for m, v in zip(medians, values, strict=True)],
            ],
        )
    axes.plot(
        workers,
        [min(count, cpus) for count in workers],
        "k--",
        linewidth=1,
        label=f"the limit: min(workers, {cpus} CPUs)",
    )
    axes.set_xticks(workers)
    axes.set_xlabel("workers")
    axes.set_ylabel("speed-up over the serial loop")
    axes.set_title("CPU-bound work: speed-up by number of workers")
    axes.legend()
    save(fig, "pool_speedup")
    return text


def render_chunksize() -> str:
    record = load("chunksize")
    run = record["runs"][0]
    seconds, settings = run["seconds"], run["settings"]
    tasks = settings["TASK_COUNT"]
    sizes = settings["CHUNKSIZES"]
    default = -(-tasks // (4 * settings["WORKERS"]))  # what Pool.map computes, rounded up

    def per_task(key: str) -> str:
        return spread(*(1e6 * s / tasks for s in seconds[key]))

    rows = [[f"default ({default})", per_task("Pool.map default"), "\N{EN DASH}"]]
    rows += [
        [str(size), per_task(f"Pool.map {size}"), per_task(f"Executor.map {size}")]
        for size in sizes
    ]
    text = table(
        ["chunksize", "`Pool.map`, µs per task", "`ProcessPoolExecutor.map`, µs per task"],
        rows,
        "rrr",
    )
    text += (
        f"\n{tasks:,} calls of a function that squares a number, {settings['WORKERS']} workers. "
        f"{how_measured(settings['REPEATS']).capitalize()} {provenance(record)}\n"
    )

    fig, axes = figure()
    for label, key in [("Pool.map", "Pool.map"), ("ProcessPoolExecutor.map", "Executor.map")]:
        values = [[1e6 * s / tasks for s in seconds[f"{key} {size}"]] for size in sizes]
        axes.errorbar(
            sizes,
            [v[0] for v in values],
            marker="o",
            capsize=3,
            label=label,
            yerr=[[v[0] - v[1] for v in values], [v[2] - v[0] for v in values]],
        )
    axes.axhline(
        1e6 * seconds["Pool.map default"][0] / tasks,
        color="C0",
        linestyle=":",
        label=f"Pool.map, default chunksize ({default})",
    )
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xticks(sizes, [str(size) for size in sizes])
    axes.set_xlabel("chunksize")
    axes.set_ylabel("µs per task (median)")
    axes.set_title(f"{tasks:,} tiny tasks: the cost per task by chunksize")
    axes.legend()
    save(fig, "chunksize")
    return text


def render_overhead() -> str:
    record = load("parallel_overhead")
    runs = record["runs"]
    settings = runs[0]["settings"]
    steps_list = settings["STEP_COUNTS"]
    methods = [run["start_method"] for run in runs]
    rows = []
    for steps in steps_list:
        serial = statistics.median(run["seconds"][f"serial {steps}"][0] for run in runs)
        row = [f"{steps:,}", number(1e3 * serial)]
        for run in runs:
            pool = run["seconds"][f"Pool {steps}"][0]
            ratio = pool / run["seconds"][f"serial {steps}"][0]
            row.append(f"{number(1e3 * pool)} (\N{MULTIPLICATION SIGN}{number(ratio)})")
        rows.append(row)
    text = table(
        ["steps per task", "serial loop, ms", *(f"`Pool` under {m}, ms" for m in methods)],
        rows,
        "r" * (2 + len(methods)),
    )
    text += (
        f"\n{settings['TASK_COUNT']} tasks, {settings['WORKERS']} workers; the `Pool` time "
        "includes starting and stopping the pool. In brackets: the `Pool` time divided by the "
        "serial time of the same run (below 1: the pool was faster). The serial column is the "
        f"median over the {len(runs)} runs. Each cell is the median of {settings['REPEATS']} "
        f"runs after a warm-up run. {provenance(record)}\n"
    )

    fig, axes = figure()
    for run in runs:
        serial_ms = [1e3 * run["seconds"][f"serial {steps}"][0] for steps in steps_list]
        ratios = [
            run["seconds"][f"Pool {steps}"][0] / run["seconds"][f"serial {steps}"][0]
            for steps in steps_list
        ]
        axes.plot(serial_ms, ratios, marker="o", label=f"Pool under {run['start_method']}")
    axes.axhline(1, color="black", linewidth=1, linestyle="--", label="as fast as the loop")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("time of the serial loop, ms")
    axes.set_ylabel("Pool time / serial time")
    axes.set_title("Small jobs: the pool costs more than it saves")
    axes.legend()
    save(fig, "parallel_overhead")
    return text


def blas_note(record: dict) -> str:
    pools = ", ".join(
        f"{pool['internal_api']} {pool['version']} with its {pool['architecture']} kernels"
        for pool in record["blas"]["threadpool_info"]
    )
    variables = record["blas"]["environment"]
    unset = [name for name, value in variables.items() if value is None]
    found = [f"`{name}={value}`" for name, value in variables.items() if value is not None]
    return (
        f"numpy's BLAS, as threadpoolctl reports it: {pools}; "
        + (f"set: {', '.join(found)}; " if found else "")
        + f"not set: {', '.join(f'`{name}`' for name in unset)}."
    )


def render_oversubscription() -> str:
    record = load("oversubscription")
    run = record["runs"][0]
    seconds, settings = run["seconds"], run["settings"]
    default_threads = record["blas"]["threadpool_info"][0]["num_threads"]
    one = seconds["1 BLAS thread"][0]
    rows = [
        [f"the BLAS's default ({default_threads})", spread(*seconds["BLAS default"])],
        ["1 (`threadpool_limits(1)` in the initializer)", spread(*seconds["1 BLAS thread"])],
    ]
    text = table(["BLAS threads in each worker", "seconds"], rows, "lr")
    text += (
        f"\nWith the BLAS's own threads the same work took "
        f"{seconds['BLAS default'][0] / one:.1f} times as long. {settings['WORKERS']} workers, "
        f"{settings['TASK_COUNT']} tasks of {settings['PRODUCTS_PER_TASK']} products of "
        f"{settings['MATRIX_SIZE']}\N{MULTIPLICATION SIGN}{settings['MATRIX_SIZE']} matrices; "
        f"{how_measured(settings['REPEATS'])} {blas_note(record)} "
        f"{provenance(record, 'oversubscription')}\n"
    )
    return text


def render_loky_startup() -> str:
    record = load("loky_startup")
    run = record["runs"][0]
    rows = [[label, spread(*values)] for label, values in run["seconds"].items()]
    text = table(["executor", "one task, ms"], rows, "lr")
    text += (
        f"\n{run['settings']['WORKERS']} workers; `ProcessPoolExecutor` under the "
        f"{run['start_method']} start method; each figure includes shutting a new executor "
        f"down. {how_measured(run['settings']['REPEATS']).capitalize()} "
        f"{provenance(record, 'loky_startup')}\n"
    )
    return text


def render_forkserver_preload() -> str:
    record = load("forkserver_preload")
    by_setting = {run["environment"]["PRELOAD_NUMPY"]: run for run in record["runs"]}
    without = by_setting["no"]["seconds"]["start and join"]
    preloaded = by_setting["yes"]["seconds"]["start and join"]
    rows = [
        ["none (the default)", spread(*(1e3 * s for s in without))],
        ['`set_forkserver_preload(["numpy"])`', spread(*(1e3 * s for s in preloaded))],
    ]
    text = table(["preloaded in the fork server", "start, import numpy, join, ms"], rows, "lr")
    repeats = by_setting["yes"]["settings"]["REPEATS"]
    text += (
        f"\nWith the preload a child started, imported numpy and ended in "
        f"{preloaded[0] / without[0]:.0%} of the time it took without. "
        f"{how_measured(repeats).capitalize()} {provenance(record, 'forkserver_preload')}\n"
    )
    return text


def render_machine() -> str:
    records = [load(name) for name in BENCHMARKS]
    machines = {json.dumps(record["machine"], sort_keys=True) for record in records}
    starts = sorted(
        datetime.fromisoformat(run["started"]).strftime("%Y-%m-%d %H:%M UTC")
        for record in records
        for run in record["runs"]
    )
    loads = [run["load_average_before"][0] for record in records for run in record["runs"]]
    lines = []
    for described in machines:
        note = json.loads(described)
        cpus = f"{note['cpu_count']} CPUs"
        if note["usable_cpus"] not in (None, note["cpu_count"]):
            cpus += f" ({note['usable_cpus']} usable by this process)"
        lines.append(
            f"- {note['cpu_model']}, {cpus}; {note['platform']}; "
            f"{note['implementation']} {note['python']}, default start method "
            f"{note['default_start_method']}."
        )
    lines.append(
        f"- Measured between {starts[0]} and {starts[-1]}; "
        f"the one-minute load average before each benchmark ranged from {min(loads):.1f} to "
        f"{max(loads):.1f}."
    )
    return "\n".join(lines) + "\n"


def render_all() -> None:
    import matplotlib

    matplotlib.use("svg")
    matplotlib.rcParams.update({"svg.hashsalt": "bench", "svg.fonttype": "none", "font.size": 9})
    outputs = {"startup": render_startup(), **render_throughput()}
    outputs |= {
        "pool_speedup": render_speedup(),
        "chunksize": render_chunksize(),
        "parallel_overhead": render_overhead(),
        "machine": render_machine(),
    }
    outputs |= {
        "oversubscription": render_oversubscription(),
        "loky_startup": render_loky_startup(),
        "forkserver_preload": render_forkserver_preload(),
    }
    header = "% Written by tools/bench.py from the JSON files here: do not edit.\n\n"
    for name, text in outputs.items():
        (HERE / f"{name}.txt").write_text(header + text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--render-only", action="store_true", help="measure nothing")
    parser.add_argument(
        "--only", nargs="+", choices=sorted([*BENCHMARKS, *RECIPES]), help="measure these"
    )
    options = parser.parse_args()
    if not options.render_only:
        measure_all(options.only or [*BENCHMARKS, *RECIPES])
    render_all()


if __name__ == "__main__":
    main()
