"""Run one snippet in a fresh interpreter and collect what it did: the harness's one runner.

Each run gets its own session (process group), a scratch working directory, a time limit, and
the signal dispositions a terminal gives (SIGINT, SIGTERM, SIGPIPE and SIGCHLD at their
defaults, none blocked), whatever the harness itself inherited: a background job starts with
SIGINT ignored, and a program started from it would never see a KeyboardInterrupt.

When the limit passes, the whole group is killed, so no worker, forkserver or resource tracker
outlives the test; processes still alive after the program's own exit are reported and killed.
Resource trackers go last, so they can unlink what the killed processes left in /dev/shm; the
warnings they print while doing so are the harness's doing, and are dropped from that run's
stderr. Processes are found with psutil, so the checks work wherever psutil does (Linux, macOS).
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

import psutil

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
# What a terminal gives a program: these at their default action, and no signal blocked.
TERMINAL_DEFAULTS = (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE, signal.SIGCHLD)


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
    # processes, the benchmarks run at full size when BENCH_SIZE is set, and libraries that
    # detect pytest by PYTEST_CURRENT_TEST behave otherwise (ipykernel stops capturing output).
    names = (
        "PYTHONUNBUFFERED",
        "PYTHONSTARTUP",
        "PYTHONWARNINGS",
        "BENCH_SIZE",
        "PYTEST_CURRENT_TEST",
    )
    for name in names:
        env.pop(name, None)
    return env


def _terminal_signals() -> None:
    """Give the child, through exec, the dispositions a terminal gives.

    exec keeps an ignored signal ignored and a blocked one blocked, and resets a handled one to
    its default; Popen resets SIGPIPE itself (``restore_signals``). So the harness un-ignores
    SIGINT (back to Python's KeyboardInterrupt handler), SIGTERM and SIGCHLD in its own process,
    and unblocks all four, before it starts a run.
    """
    for number in (signal.SIGTERM, signal.SIGCHLD):
        if signal.getsignal(number) == signal.SIG_IGN:
            signal.signal(number, signal.SIG_DFL)
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, TERMINAL_DEFAULTS)


def _alive(process: psutil.Process) -> bool:
    with contextlib.suppress(psutil.Error):
        return process.status() != psutil.STATUS_ZOMBIE
    return False


def _group_members(group: int) -> list[psutil.Process]:
    """The live processes of a process group."""
    members = []
    for pid in psutil.pids():
        with contextlib.suppress(OSError, psutil.Error):
            if os.getpgid(pid) == group and _alive(process := psutil.Process(pid)):
                members.append(process)
    return members


def marked_processes(token: str) -> list[str]:
    """Live processes of any snippet run of the test run with this token, wherever they are."""
    found = []
    for process in psutil.process_iter():
        if process.pid == os.getpid():
            continue
        with contextlib.suppress(psutil.Error):
            if process.environ().get(SNIPPET_MARK) == token and _alive(process):
                found.append(_describe(process))
    return found


def _cmdline(process: psutil.Process) -> str:
    with contextlib.suppress(psutil.Error):
        return " ".join(process.cmdline())
    return "(gone)"


def _describe(process: psutil.Process) -> str:
    return f"pid {process.pid}: {_cmdline(process)}"


def _signal(processes: list[psutil.Process], number: int) -> None:
    for process in processes:
        with contextlib.suppress(psutil.Error):
            process.send_signal(number)


def _kill_group(group: int) -> None:
    """Kill every process of the group, letting resource trackers clean up first.

    A resource tracker unlinks the semaphores and shared memory of the processes it served once
    they are gone; killed with them, it would leave those behind in /dev/shm.
    """
    # Freeze the group first: a process that saw another die first would report a broken pipe.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGSTOP)
    members = _group_members(group)
    trackers = [process for process in members if TRACKER in _cmdline(process)]
    _signal([process for process in members if process not in trackers], signal.SIGKILL)
    _signal(trackers, signal.SIGCONT)
    psutil.wait_procs(trackers, timeout=GRACE_SECONDS)
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
    _terminal_signals()
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
            restore_signals=True,
        )
        group = process.pid
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            # Still running, or ended while processes it started keep the pipes open.
            exit_code = process.poll()
            members = _group_members(group) if exit_code is not None else []
            leftovers = [_describe(member) for member in members]
            _kill_group(group)
            stdout, stderr = process.communicate()
            stderr = _without_tracker_warnings(stderr)
            return Run(command, stdout, stderr, exit_code, time.perf_counter() - started, leftovers)
        # The main process has ended and every pipe is closed; give what remains a grace time.
        _, members = psutil.wait_procs(_group_members(group), timeout=GRACE_SECONDS)
        members = [member for member in members if _alive(member)]
        leftovers = [_describe(member) for member in members]
        if members:
            _kill_group(group)
        return Run(
            command, stdout, stderr, process.returncode, time.perf_counter() - started, leftovers
        )
