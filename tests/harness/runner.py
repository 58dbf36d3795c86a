"""Run one snippet in a fresh interpreter and collect what it did: the harness's one runner.

Each run gets its own session (process group), a scratch working directory and a time limit.
When the limit passes, the whole group is killed, so no worker, forkserver or resource tracker
outlives the test; processes still alive after the program's own exit are reported and killed.
Resource trackers go last, so they can unlink what the killed processes left in /dev/shm; the
warnings they print while doing so are the harness's doing, and are dropped from that run's
stderr.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .spec import PLAIN

HERE = Path(__file__).resolve().parent
LAUNCHER = HERE / "launch.py"
LINE_BUFFERED = HERE / "linebuffered"
TRACKER = "from multiprocessing.resource_tracker import main"
GRACE_SECONDS = 3.0  # how long processes may take to go after the program's main process exits
# Every process of a snippet run carries SNIPPET_MARK=<the test run's token> in its environment,
# so the plugin can find any that outlived the run, wherever they were reparented.
TOKEN_VARIABLE = "MPBE_HARNESS_TOKEN"
SNIPPET_MARK = "MPBE_SNIPPET_OF"


@dataclass
class Run:
    command: list[str]
    stdout: str
    stderr: str
    exit_code: int | None  # None: still running when the time limit passed
    seconds: float
    leftovers: list[str]  # processes still alive after the main process ended


def command_for(path: Path, method: str) -> list[str]:
    if method == PLAIN:
        return [sys.executable, str(path)]
    return [sys.executable, str(LAUNCHER), method, str(path)]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(LINE_BUFFERED), env.get("PYTHONPATH")]))
    env[SNIPPET_MARK] = os.environ.get(TOKEN_VARIABLE, "")
    # Settings that would change what a snippet prints: unbuffered output splits lines between
    # processes, and the benchmarks run at full size when BENCH_SIZE is set.
    for name in ("PYTHONUNBUFFERED", "PYTHONSTARTUP", "PYTHONWARNINGS", "BENCH_SIZE", "BENCH_JSON"):
        env.pop(name, None)
    return env


def _group_members(group: int) -> dict[int, str]:
    """The live processes of a process group, pid to command line (from /proc where it exists)."""
    members = {}
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(group, 0)
        except (ProcessLookupError, PermissionError):
            return {}
        return {-group: f"process group {group} still has members"}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[2]) != group or fields[0] == "Z":
                continue
            cmdline = _cmdline(entry)
        except (OSError, IndexError, ValueError):
            continue
        members[int(entry.name)] = cmdline
    return members


def _cmdline(entry: Path) -> str:
    return (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()


def marked_processes(token: str) -> list[str]:
    """Live processes of any snippet run of the test run with this token (Linux /proc)."""
    marker = f"{SNIPPET_MARK}={token}".encode()
    found = []
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if marker in (entry / "environ").read_bytes().split(b"\0"):
                found.append(f"pid {entry.name}: {_cmdline(entry)}")
        except OSError:
            continue
    return found


def _describe(members: dict[int, str]) -> list[str]:
    return [f"pid {pid}: {cmdline}" for pid, cmdline in sorted(members.items())]


def _kill_group(group: int) -> None:
    """Kill every process of the group, letting resource trackers clean up first.

    A resource tracker unlinks the semaphores and shared memory of the processes it served once
    they are gone; killed with them, it would leave those behind in /dev/shm.
    """
    # Freeze the group first: a process that saw another die first would report a broken pipe.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGSTOP)
    members = _group_members(group)
    trackers = {pid for pid, cmdline in members.items() if TRACKER in cmdline}
    for pid in set(members) - trackers:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    for pid in trackers:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGCONT)
    deadline = time.monotonic() + GRACE_SECONDS
    while trackers & set(_group_members(group)) and time.monotonic() < deadline:
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


def _without_tracker_warnings(stderr: str) -> str:
    """Drop what a resource tracker wrote while cleaning up after a run the harness killed."""
    lines = stderr.splitlines(keepends=True)
    kept = []
    for index, line in enumerate(lines):
        if "resource_tracker: There appear to be" in line:
            continue
        if (
            line.lstrip().startswith("warnings.warn(")
            and index
            and ("resource_tracker" in lines[index - 1])
        ):
            continue
        kept.append(line)
    return "".join(kept)


def run(path: Path, method: str, timeout: float) -> Run:
    """Run ``path`` under ``method`` and stop it after ``timeout`` seconds if it has not ended."""
    command = command_for(path, method)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
        process = subprocess.Popen(
            command,
            cwd=workdir,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        group = process.pid
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            # Still running, or ended while processes it started keep the pipes open.
            exit_code = process.poll()
            leftovers = _describe(_group_members(group)) if exit_code is not None else []
            _kill_group(group)
            stdout, stderr = process.communicate()
            stderr = _without_tracker_warnings(stderr)
            return Run(command, stdout, stderr, exit_code, time.perf_counter() - started, leftovers)
        exit_code = process.returncode
        leftovers: list[str] = []
        deadline = time.monotonic() + GRACE_SECONDS
        while (members := _group_members(group)) and time.monotonic() < deadline:
            time.sleep(0.05)
        if members:
            leftovers = _describe(members)
            _kill_group(group)
        return Run(command, stdout, stderr, exit_code, time.perf_counter() - started, leftovers)
