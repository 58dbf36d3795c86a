"""Run one snippet in a fresh interpreter and collect what it did: the harness's one runner.

Each run gets its own session (process group), a scratch working directory and a time limit.
When the limit passes, the whole group is killed, so no worker, forkserver or resource tracker
outlives the test; processes still alive after the program's own exit are reported and killed.
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
    for name in ("PYTHONUNBUFFERED", "PYTHONSTARTUP", "PYTHONWARNINGS"):
        env.pop(name, None)
    return env


def _group_members(group: int) -> list[str]:
    """Describe the processes of a process group (from /proc where there is one)."""
    members = []
    proc = Path("/proc")
    if proc.is_dir():
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                fields = stat.rsplit(")", 1)[1].split()
                if int(fields[2]) != group or fields[0] == "Z":
                    continue
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
            except (OSError, IndexError, ValueError):
                continue
            members.append(f"pid {entry.name}: {cmdline or stat.split(')')[0] + ')'}")
        return members
    try:
        os.killpg(group, 0)
    except (ProcessLookupError, PermissionError):
        return []
    return [f"process group {group} still has members"]


def _kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


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
            leftovers = _group_members(group) if exit_code is not None else []
            _kill_group(group)
            stdout, stderr = process.communicate()
            return Run(command, stdout, stderr, exit_code, time.perf_counter() - started, leftovers)
        exit_code = process.returncode
        leftovers: list[str] = []
        deadline = time.monotonic() + GRACE_SECONDS
        while (members := _group_members(group)) and time.monotonic() < deadline:
            time.sleep(0.05)
        if members:
            leftovers = members
            _kill_group(group)
        return Run(command, stdout, stderr, exit_code, time.perf_counter() - started, leftovers)
