"""Run a function of your program in a small container, as `docker run`
does: new Linux namespaces (the unshare and mount commands) and control
groups (/sys/fs/cgroup, version 1 or 2). Needs root.

    container.run(main, pid=True)            # Python is process 1
    container.run(main, shm_size="64m")      # docker run --shm-size=64m
    container.run(main, no_shm=True)         # no /dev/shm, as on Lambda
    container.run(main, cpus=0.5)            # docker run --cpus=0.5
    container.run(main, cpuset_cpus="0")     # docker run --cpuset-cpus=0
"""

import contextlib
import os
import subprocess
import sys

CGROUP = "/sys/fs/cgroup"
PERIOD = 100_000  # microseconds: Docker's default --cpu-period


def run(
    function,
    *,
    pid=False,
    shm_size=None,
    no_shm=False,
    cpus=None,
    cpuset_cpus=None,
):
    """Run function() in a new Python process inside the container."""
    folder, module = os.path.split(
        os.path.splitext(sys.modules[function.__module__].__file__)[0]
    )
    name = function.__name__
    command = [
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {folder!r})\n"
        f"from {module} import {name}; {name}()",
    ]
    mounts = []  # in a mount namespace of its own, so the host sees none
    if shm_size:
        mounts += [
            "mount --make-private /dev/shm",
            f"mount -t tmpfs -o size={shm_size} tmpfs /dev/shm",
        ]
    if no_shm:  # an empty /dev
        mounts += ["mount --make-private /dev", "mount -t tmpfs tmpfs /dev"]
    if mounts:
        command = [
            "unshare",
            "--mount",
            "--propagation",
            "unchanged",
            *shell_then(mounts, command),
        ]
    if pid or cpus or cpuset_cpus:
        # Process 1 of a PID namespace: when it ends, the kernel ends the
        # rest (a fork server, say), so that the groups can be removed.
        command = ["unshare", "--pid", "--fork", *command]
    with control_groups(cpus, cpuset_cpus) as groups:
        joins = [f"echo $$ > {folder}/cgroup.procs" for folder in groups]
        if joins:
            command = shell_then(joins, command)
        return subprocess.run(command)


def shell_then(steps, command):
    """A shell that runs these steps, then becomes the command."""
    return ["sh", "-c", " && ".join([*steps, 'exec "$0" "$@"']), *command]


@contextlib.contextmanager
def control_groups(cpus, cpuset_cpus):
    """New control groups with these limits, removed after the run."""
    name = f"container-{os.getpid()}"
    settings = {}  # group folder -> {file: value}, written in this order
    if os.path.exists(f"{CGROUP}/cgroup.controllers"):  # cgroup v2
        group = settings.setdefault(f"{CGROUP}/{name}", {})
        if cpuset_cpus:
            group["cpuset.cpus"] = cpuset_cpus
        if cpus:
            group["cpu.max"] = f"{round(cpus * PERIOD)} {PERIOD}"
            group["cpu.weight"] = "10000"  # the highest: see v1
        if group:
            write(f"{CGROUP}/cgroup.subtree_control", "+cpu +cpuset")
    else:  # cgroup v1: a hierarchy per controller
        if cpuset_cpus:
            mems = read(f"{CGROUP}/cpuset/cpuset.mems")
            settings[f"{CGROUP}/cpuset/{name}"] = {
                "cpuset.cpus": cpuset_cpus,
                "cpuset.mems": mems,
            }
        if cpus:
            settings[f"{CGROUP}/cpu/{name}"] = {
                "cpu.cfs_period_us": str(PERIOD),
                "cpu.cfs_quota_us": str(round(cpus * PERIOD)),
                # The highest weight: on a busy host the group still gets
                # more than its quota, so that the quota is what limits it.
                "cpu.shares": "262144",
            }
    groups = [folder for folder, values in settings.items() if values]
    try:
        for folder in groups:
            os.mkdir(folder)
            for file, value in settings[folder].items():
                write(f"{folder}/{file}", value)
        yield groups
    finally:
        for folder in groups:
            with contextlib.suppress(FileNotFoundError):
                os.rmdir(folder)


def read(path):
    with open(path) as file:
        return file.read().strip()


def write(path, value):
    with open(path, "w") as file:
        file.write(value)
