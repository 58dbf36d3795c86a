"""Search queries written without seeing the search, each list once measured as it came.

Each list was written by a helper who never ran, read or looked at the site's search (only the
pages' sources, and the built pages for section ids), so that its first measurement says how
the search does on queries it was not tuned to: the figure issue 15 asks for. Measured with
``.nox/browser/bin/python tests/browser/search_report.py --list
tests/browser/untuned_queries.py:FRESH3`` on the search as it was then:

- FRESH2 (2026-12-07, 03:00 UTC, main at 8860b5c): 41 of 60 first (68 %).
- FRESH3 (2026-12-07, 05:05 UTC, main at 536d9e8): 43 of 60 first (72 %); 11 of the 17
  misses put the right section second, 6 of them behind the text under its own page's title.
- FRESH4 (2026-12-07, 07:14 UTC, main at 1b15eb5, the first search with readers' questions,
  conf/search-questions.toml): 49 of 60 first (82 %); 10 of the 11 misses put the right
  section second.
- FRESH5 (2026-12-07, 09:41 UTC, main at fb3a738): 56 of 60 first (93 %); the four misses put
  the right section second or third: three behind their page's introduction, one behind the
  section on threads for many downloads.
- FRESH6 (2026-12-07, 09:52 UTC, main at 7d7f98b): 59 of 60 first (98 %); the miss puts the
  right section second. FRESH5 on the same search is still 56 of 60 (nothing was tuned to it):
  115 of 120 (96 %) over the two lists; 113 of 120 (94 %) if only the first of two targets
  counts, and 118 of 120 put a section of the right page first.

Once measured, a list is development data like search_queries.py's: a later figure on it says
nothing about queries the search was not tuned to; the next untuned figure needs a new list.
The targets use search_queries.py's format. UNANSWERED2 to UNANSWERED6 are queries their
writers expected readers to type that the site did not answer then: a backlog, not measured.
"""

# Written by the second query writer (Python 3.11.7 for the messages).
FRESH2 = [
    # --- Error messages and warnings, pasted as a terminal shows them ---
    (
        "AttributeError: Can't pickle local object 'build_pipeline.<locals>.parse_row'",
        "guides/troubleshooting.html#cant-pickle",
    ),
    (
        "multiprocessing.pool.MaybeEncodingError: Error sending result: "
        "'[<_io.TextIOWrapper name='data.csv' mode='r' encoding='UTF-8'>]'. "
        "Reason: 'TypeError(\"cannot pickle '_io.TextIOWrapper' object\")'",
        "recipes/pickling.html#recipe-maybe-encoding-error",
    ),
    (
        "Exception in thread Thread-3 (_handle_results): TypeError: "
        "RecordError.__init__() missing 1 required positional argument: 'line_no'",
        "recipes/pickling.html#recipe-exception-unpickle",
    ),
    (
        "RuntimeError: Synchronized objects should only be shared between processes "
        "through inheritance",
        "pools/pool.html#set-up-each-worker-once-initializer-and-initargs",
    ),
    (
        "ValueError: max_tasks_per_child is incompatible with the 'fork' multiprocessing "
        "start method; supply a different mp_context.",
        "pools/executors.html#executor-max-tasks-per-child",
    ),
    (
        "AttributeError: 'Downloader' object has no attribute '_closed'",
        "processes/subclassing.html#forgetting-super-init",
    ),
    (
        "    assert self._popen is None, 'process has already started'\n"
        "AssertionError: process has already started",
        "processes/daemon.html#set-daemon-before-start",
    ),
    (
        "ValueError: semaphore or lock released too many times",
        (
            "synchronization/semaphores.html#boundedsemaphore-catch-a-release-too-many",
            "synchronization/locks.html#a-lock-the-holder-takes-again-rlock",
        ),
    ),
    (
        "ValueError: task_done() called too many times",
        "communication/joinable-queue.html#the-hang-when-a-task-done-is-missing",
    ),
    (
        "BufferError: cannot close exported pointers exist",
        "shared-memory/shared-memory.html#a-numpy-array-over-shared-memory",
    ),
    (
        "TypeError: this type has no size",
        (
            "guides/versions.html#bad-typecode",
            "shared-memory/values-arrays.html#share-a-number-and-an-array",
        ),
    ),
    (
        "AttributeError: 'ForkAwareLocal' object has no attribute 'connection'",
        "managers/managers.html#a-shared-dict-list-and-namespace",
    ),
    (
        "subprocess.TimeoutExpired: Command '['./run_tests.sh']' timed out after 30 seconds",
        (
            "tools/subprocess.html#subprocess-return-codes",
            "recipes/subprocess.html#recipe-subprocess-timeouts",
        ),
    ),
    (
        "FileNotFoundError: [Errno 2] No such file or directory: 'ls -l'",
        "production/subprocess-in-programs.html#filenotfounderror-exec-format-error-permission-denied",
    ),
    (
        'File "/var/lang/lib/python3.11/multiprocessing/synchronize.py", line 57, in __init__\n'
        "    sl = self._semlock = _multiprocessing.SemLock(\n"
        "OSError: [Errno 38] Function not implemented",
        "production/containers.html#no-dev-shm",
    ),
    (
        "[2026-11-30 09:12:44 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:48213)",
        "production/web-servers.html#gunicorn-worker-timeout",
    ),
    (
        "ResourceWarning: unclosed running multiprocessing pool "
        "<multiprocessing.pool.Pool state=RUN pool_size=4>",
        "production/lifecycle-traps.html#errors-at-interpreter-shutdown",
    ),
    # The section's heading was renamed after this list was measured; its label stays.
    (
        "RuntimeError: received 0 items of ancdata",
        "production/machine-learning.html#torch-too-many-open-files",
    ),
    (
        "TypeError: Pickling an AuthenticationString object is disallowed for security reasons",
        "recipes/reference.html#process-authkey",
    ),
    (
        'File "/Library/Frameworks/Python.framework/Versions/3.11/lib/python3.11/'
        'multiprocessing/queues.py", line 126, in qsize\n'
        "    return self._maxsize - self._sem._semlock._get_value()\n"
        "NotImplementedError",
        "communication/queues.html#do-not-steer-by-empty-or-qsize",
    ),
    # --- API names, as a reader types them ---
    ("Pool.starmap_async callback", "recipes/reference.html#pool-starmap-async-with-a-callback"),
    (
        "multiprocessing.RawArray",
        "shared-memory/values-arrays.html#lock-false-rawvalue-and-rawarray",
    ),
    ("executor.map buffersize", "pools/executors.html#map-buffersize"),
    ("concurrent.futures.wait FIRST_COMPLETED", "recipes/futures.html#recipe-wait-return-when"),
    ("Connection.send_bytes", "communication/pipes.html#raw-bytes"),
    (
        "Queue.cancel_join_thread",
        "communication/queues.html#close-join-thread-and-cancel-join-thread",
    ),
    ("multiprocessing.parent_process", "processes/lifecycle.html#who-is-who"),
    ("os.sched_getaffinity", "processes/how-many.html#counting-cpus"),
    (
        "SharedMemoryManager",
        "shared-memory/shared-memory.html#sharedmemorymanager-unlink-everything-at-the-end",
    ),
    ("BaseProxy _callmethod", "recipes/managers.html#recipe-custom-proxy"),
    ("BaseManager.register", "managers/managers.html#serve-your-own-class-with-basemanager"),
    ("multiprocessing.log_to_stderr", "recipes/debugging.html#recipe-log-to-stderr"),
    (
        "Condition.wait_for",
        "synchronization/conditions-barriers.html#condition-wait-until-shared-data-says-so",
    ),
    (
        "mp.get_context('spawn')",
        "processes/start-methods.html#choosing-the-method-set-start-method-or-get-context",
    ),
    ("InterpreterPoolExecutor", "guides/choosing.html#interpreter-pool"),
    ("shlex.quote shell=True", "recipes/subprocess.html#recipe-shell-quoting"),
    ("multiprocessing.connection.Listener", "recipes/connections.html#recipe-listener-client"),
    ("mp.Event wait timeout", "synchronization/events.html#wait-with-and-without-a-timeout"),
    (
        "QueueListener respect_handler_level",
        "tools/logging.html#a-queuehandler-in-each-worker-a-queuelistener-in-the-parent",
    ),
    (
        "multiprocessing.dummy.Pool",
        ("pools/dummy.html", "pools/dummy.html#many-waits-at-once"),
    ),
    # --- Tasks and symptoms, in a reader's words ---
    (
        "terminate remaining pool workers once one result is good enough",
        "recipes/stopping-early.html#recipe-first-result",
    ),
    (
        "numpy random numbers are identical in every worker process",
        "recipes/randomness.html#recipe-numpy-same-numbers",
    ),
    (
        "show output of a long-running command live instead of all at the end",
        "recipes/subprocess.html#recipe-line-by-line",
    ),
    (
        "docker container takes 10 seconds to stop, exit code 137, cleanup never runs",
        "production/containers.html#python-as-pid-1",
    ),
    (
        "nothing from print() appears in docker logs until the container exits",
        "production/services.html#service-output-buffering",
    ),
    (
        "unittest.mock patch not applied inside a multiprocessing child",
        "production/test-suites.html#mock-patch-has-no-effect-in-the-child",
    ),
    (
        "pool.map never returns in a Jupyter notebook cell",
        "production/notebooks.html#attributeerror-can-t-get-attribute-f-on-module-main-built-in",
    ),
    (
        "background thread started at import is dead in gunicorn workers with --preload",
        "production/web-servers.html#threads-started-at-import-are-missing-in-the-workers",
    ),
    (
        "PyInstaller exe keeps opening new copies of itself when using multiprocessing",
        "production/packaged.html#the-frozen-program-starts-itself-again-and-again",
    ),
    (
        "find out which line a stuck worker process is waiting on",
        "recipes/debugging.html#recipe-where-it-waits",
    ),
    (
        "Ctrl+C floods the terminal with KeyboardInterrupt tracebacks from pool workers",
        "pools/pool.html#ctrl-c-and-a-pool",
    ),
    (
        "shared counter suddenly becomes negative after 2147483647",
        "shared-memory/values-arrays.html#share-a-number-and-an-array",
    ),
    (
        "subprocess.run with capture_output hangs even though the shell script already exited",
        "production/subprocess-in-programs.html#subprocess-pipe-held-open",
    ),
    (
        "let workers on another server connect to my manager without exposing it to the internet",
        "managers/remote.html#reaching-other-machines",
    ),
    (
        "use a process pool inside a function that already runs in a process pool",
        ("recipes/nested.html", "recipes/nested.html#flatten-the-work-into-one-pool"),
    ),
    (
        "how long does starting a process take with spawn compared to fork",
        (
            "performance.html#perf-startup",
            "processes/start-methods.html#how-long-each-method-takes-to-start-a-child",
        ),
    ),
    (
        "run my ProcessPoolExecutor code on a dask cluster instead",
        "guides/beyond-one-machine.html#the-same-job-on-a-local-cluster",
    ),
    (
        "child processes left as zombies after os.fork",
        "processes/fork.html#zombies-and-why-you-must-wait",
    ),
    (
        "pass one string argument to Process target args",
        "processes/first-process.html#pass-arguments",
    ),
    (
        "rules to make multiprocessing code work on macOS and Windows too",
        (
            "guides/guidelines.html",
            "guides/guidelines.html#do-not-depend-on-one-start-method",
        ),
    ),
]

# Questions a reader would ask that no section of the site answers (checked by reading the
# pages and grepping docs/ for the key terms).
UNANSWERED2 = [
    (
        "tqdm progress bar with Pool.imap_unordered",
        "no section shows progress reporting; pools/pool.html#results-in-the-order-they-finish "
        "and pools/executors.html#results-as-they-complete only show taking results as they "
        "finish, which a progress bar would build on",
    ),
    (
        "EOFError: Ran out of input",
        "the message (an empty or cut-off pickle stream, common with spawn on Windows) "
        "appears nowhere on the site",
    ),
    (
        "OSError: [WinError 87] The parameter is incorrect",
        "Windows-only handle errors are not covered; the site runs on Linux only",
    ),
    (
        "timeout for a single task in Pool.map that kills only the stuck task",
        "get(timeout=) and result(timeout=) only stop waiting; terminate(), "
        "terminate_workers() and kill_workers() stop the whole pool; no per-task kill recipe",
    ),
    (
        "set the process title of workers shown in ps or top (setproctitle)",
        "not covered: Process.name is shown only inside Python",
    ),
    (
        "lower the CPU priority of worker processes with os.nice",
        "not covered anywhere",
    ),
    (
        "_pickle.PicklingError: Can't pickle <class 'app.Job'>: it's not the same object "
        "as app.Job",
        "the class-identity pickling error (module reloaded or class redefined) is not covered",
    ),
    (
        "await a ProcessPoolExecutor result from asyncio with loop.run_in_executor",
        "only one-line mentions in guides/choosing.html#processes-threads-or-asyncio and "
        "pools/dummy.html; no example or section",
    ),
    (
        "measure memory use of each worker process",
        "not covered (maxtasksperchild covers leaks, not measurement)",
    ),
]


# Written by the third query writer.
FRESH3 = [
    # ---- 20 error messages and warnings, as a terminal shows them ----
    (
        "RuntimeError: An attempt has been made to start a new process before the current "
        "process has finished its bootstrapping phase.",
        (
            "guides/troubleshooting.html#bootstrapping-error",
            "processes/start-methods.html#the-main-guard-and-what-happens-without-it",
        ),
    ),
    (
        "_pickle.PicklingError: Can't pickle <function <lambda> at 0x7fb90c811440>: "
        "attribute lookup <lambda> on __main__ failed",
        "guides/troubleshooting.html#cant-pickle",
    ),
    (
        "AttributeError: Can't get attribute 'resize_image' on <module '__mp_main__' from "
        "'/home/dana/thumbs/make_thumbs.py'>",
        "guides/troubleshooting.html#cant-get-attribute",
    ),
    (
        "AttributeError: Can't get attribute 'tokenize' on <module '__main__' (built-in)>",
        (
            "production/notebooks.html#attributeerror-can-t-get-attribute-f-on-module-main-built-in",
            "guides/troubleshooting.html#cant-get-attribute",
        ),
    ),
    (
        "/usr/lib/python3.14/multiprocessing/popen_fork.py:76: DeprecationWarning: This "
        "process (pid=24897) is multi-threaded, use of fork() may lead to deadlocks in the child.",
        (
            "guides/troubleshooting.html#fork-threads-warning",
            "processes/start-methods.html#fork-and-threads",
        ),
    ),
    (
        'File "/usr/lib/python3.11/multiprocessing/reduction.py", line 51, in dumps '
        "cls(buf, protocol).dump(obj) TypeError: cannot pickle '_thread.lock' object",
        "recipes/pickling.html#recipe-getstate-setstate",
    ),
    (
        "multiprocessing.pool.MaybeEncodingError: Error sending result: "
        "'[<sqlite3.Connection object at 0x7f1531601a80>]'. Reason: "
        "'TypeError(\"cannot pickle 'sqlite3.Connection' object\")'",
        "recipes/pickling.html#recipe-maybe-encoding-error",
    ),
    (
        "NotImplementedError: pool objects cannot be passed between processes or pickled",
        "recipes/pickling.html#recipe-bound-method-pool",
    ),
    (
        "Exception in thread Thread-3 (_handle_results): TypeError: QuotaExceeded.__init__() "
        "missing 1 required positional argument: 'limit'",
        "recipes/pickling.html#recipe-exception-unpickle",
    ),
    (
        "AssertionError: daemonic processes are not allowed to have children",
        (
            "recipes/nested.html#recipe-daemonic-children",
            "processes/daemon.html#a-daemon-cannot-have-children",
        ),
    ),
    (
        "RuntimeError: Queue objects should only be shared between processes through inheritance",
        (
            "managers/managers.html#a-queue-and-a-lock-that-a-pool-can-take",
            "pools/pool.html#set-up-each-worker-once-initializer-and-initargs",
        ),
    ),
    (
        "AttributeError: 'Downloader' object has no attribute '_closed'. Did you mean: 'close'?",
        "processes/subclassing.html#forgetting-super-init",
    ),
    (
        "multiprocessing.context.AuthenticationError: digest sent was rejected",
        (
            "managers/remote.html#the-worker",
            "recipes/connections.html#recipe-listener-client",
        ),
    ),
    (
        'File "/usr/lib/python3.11/subprocess.py", line 1950, in _execute_child '
        "raise child_exception_type(errno_num, err_msg, err_filename) "
        "FileNotFoundError: [Errno 2] No such file or directory: 'wkhtmltopdf'",
        "production/subprocess-in-programs.html#filenotfounderror-exec-format-error-permission-denied",
    ),
    (
        "RuntimeError: Cannot re-initialize CUDA in forked subprocess. To use CUDA with "
        "multiprocessing, you must use the 'spawn' start method",
        "production/machine-learning.html#torch-cuda-fork",
    ),
    (
        'File "/usr/lib/python3.11/socket.py", line 608, in socketpair '
        "OSError: [Errno 24] Too many open files",
        "production/lifecycle-traps.html#oserror-errno-24-too-many-open-files",
    ),
    (
        "Exception in initializer: ConnectionError: could not connect to server: Connection "
        "refused concurrent.futures.process.BrokenProcessPool: A process in the process pool "
        "was terminated abruptly while the future was running or pending.",
        "production/lifecycle-traps.html#a-pool-initializer-that-fails",
    ),
    (
        "b.wait(timeout=1) threading.BrokenBarrierError",
        "synchronization/conditions-barriers.html#when-someone-does-not-come",
    ),
    (
        "slots.release() ValueError: semaphore or lock released too many times",
        (
            "synchronization/semaphores.html#boundedsemaphore-catch-a-release-too-many",
            "synchronization/locks.html#a-lock-the-holder-takes-again-rlock",
        ),
    ),
    (
        "[2026-12-07 09:14:02 +0000] [4120] [CRITICAL] WORKER TIMEOUT (pid:4127)",
        "production/web-servers.html#gunicorn-worker-timeout",
    ),
    # ---- 20 API names, as readers type them ----
    (
        "pool.starmap_async callback",
        "recipes/reference.html#pool-starmap-async-with-a-callback",
    ),
    (
        "Pipe(duplex=False)",
        "communication/pipes.html#one-way-pipes-and-the-end-of-the-data",
    ),
    (
        "conn.poll timeout",
        (
            "communication/pipes.html#waiting-with-a-time-limit-poll",
            "recipes/connections.html#do-not-block-connection-poll-with-a-time-out",
        ),
    ),
    (
        "manager.Namespace()",
        "managers/managers.html#a-shared-dict-list-and-namespace",
    ),
    (
        "BaseManager.register",
        (
            "managers/managers.html#serve-your-own-class-with-basemanager",
            "managers/remote.html#the-server",
        ),
    ),
    (
        "concurrent.futures.as_completed",
        "pools/executors.html#results-as-they-complete",
    ),
    (
        "future.add_done_callback",
        "recipes/futures.html#recipe-future-states",
    ),
    (
        "subprocess.run capture_output text=True",
        "tools/subprocess.html#run-a-command-and-capture-its-output",
    ),
    (
        "RawArray",
        "shared-memory/values-arrays.html#lock-false-rawvalue-and-rawarray",
    ),
    (
        "shared_memory.ShareableList",
        "shared-memory/shared-memory.html#shareablelist",
    ),
    (
        "SharedMemoryManager",
        "shared-memory/shared-memory.html#sharedmemorymanager-unlink-everything-at-the-end",
    ),
    (
        "multiprocessing.get_context('spawn')",
        "processes/start-methods.html#choosing-the-method-set-start-method-or-get-context",
    ),
    (
        "os.process_cpu_count()",
        "processes/how-many.html#os-process-cpu-count-python-3-13",
    ),
    (
        "multiprocessing.parent_process",
        "processes/lifecycle.html#who-is-who",
    ),
    (
        "Process.interrupt()",
        "processes/lifecycle.html#process-interrupt",
    ),
    (
        "queue cancel_join_thread",
        "communication/queues.html#close-join-thread-and-cancel-join-thread",
    ),
    (
        "condition.wait_for",
        "synchronization/conditions-barriers.html#condition-wait-until-shared-data-says-so",
    ),
    (
        "multiprocessing rlock",
        "synchronization/locks.html#a-lock-the-holder-takes-again-rlock",
    ),
    (
        "log_to_stderr()",
        "recipes/debugging.html#recipe-log-to-stderr",
    ),
    (
        "freeze_support pyinstaller",
        "production/packaged.html#the-frozen-program-starts-itself-again-and-again",
    ),
    # ---- 20 task phrases in plain words ----
    (
        "progress bar for a multiprocessing pool",
        "recipes/pool-tasks.html#recipe-progress",
    ),
    (
        "give each pool task its own time limit and kill only the stuck one",
        "recipes/pool-tasks.html#recipe-task-time-limit",
    ),
    (
        "stop the other workers once one of them finds the result",
        (
            "recipes/stopping-early.html#recipe-first-result",
            "recipes/stopping-early.html#stop-your-own-processes-with-an-event",
        ),
    ),
    (
        "executor map over an endless generator never returns and memory keeps growing",
        (
            "recipes/stopping-early.html#recipe-bounded-submission",
            "pools/executors.html#map-buffersize",
        ),
    ),
    (
        "numpy random gives identical numbers in every worker process",
        "recipes/randomness.html#recipe-numpy-same-numbers",
    ),
    (
        "forked workers use lots of memory although they only read a big list",
        "recipes/memory.html#recipe-copy-on-write",
    ),
    (
        "numpy matrix multiplication gets slower with a process pool",
        "recipes/numeric.html#recipe-blas-oversubscription",
    ),
    (
        "docker stop takes 10 seconds and exits 137 python",
        "production/containers.html#python-as-pid-1",
    ),
    (
        "pool starts too many workers in kubernetes with a cpu limit",
        (
            "production/containers.html#cpu-limits-in-containers",
            "processes/how-many.html#containers",
        ),
    ),
    (
        "print output not showing up in systemd journal",
        "production/services.html#service-output-buffering",
    ),
    (
        "shut down the process pool cleanly when the service receives SIGTERM",
        "production/services.html#graceful-sigterm",
    ),
    (
        "pytest patch not applied inside the child process",
        "production/test-suites.html#mock-patch-has-no-effect-in-the-child",
    ),
    (
        "coverage report shows worker function lines as missing",
        "production/test-suites.html#coverage-of-code-that-runs-in-workers",
    ),
    (
        "background thread started at import is dead in gunicorn workers with preload",
        (
            "production/web-servers.html#threads-started-at-import-are-missing-in-the-workers",
            "production/web-servers.html#create-it-after-the-fork",
        ),
    ),
    (
        "flask run --debug starts my background process twice",
        "production/web-servers.html#dev-server-reloader",
    ),
    (
        "find out where a stuck worker process is blocked",
        (
            "recipes/debugging.html#recipe-where-it-waits",
            "recipes/debugging.html#recipe-py-spy",
        ),
    ),
    (
        "threads or processes for downloading many urls",
        (
            "guides/choosing.html#processes-threads-or-asyncio",
            "processes/how-many.html#cpu-bound-or-i-o-bound",
            "pools/dummy.html",
        ),
    ),
    (
        "how much slower is spawn than fork to start a process",
        (
            "performance.html#perf-startup",
            "processes/start-methods.html#how-long-each-method-takes-to-start-a-child",
        ),
    ),
    (
        "run hundreds of shell commands but only 4 at the same time",
        "production/subprocess-in-programs.html#subprocess-cap",
    ),
    (
        "send log messages from all worker processes to one log file",
        "tools/logging.html#a-queuehandler-in-each-worker-a-queuelistener-in-the-parent",
    ),
]

UNANSWERED3 = [
    "multiprocessing on windows service pywin32",
    "share a pandas dataframe between processes without copying",
    "mpi4py vs multiprocessing",
    "ProcessPoolExecutor priority queue for tasks",
    "pickle protocol 5 out-of-band buffers multiprocessing",
    "atomic add on a numpy array in shared memory from several processes",
    "set process priority nice for worker processes",
    "limit memory per worker process resource.setrlimit RLIMIT_AS",
    "sqlite database is locked with multiprocessing",
    "GPU per worker CUDA_VISIBLE_DEVICES multiprocessing",
    "profile a multiprocessing program with cProfile",
    "tkinter gui freezes while multiprocessing pool runs",
    "numba parallel vs multiprocessing",
]


# Written by the fourth query writer (Python 3.11.7, with one message each from 3.12.1 and 3.13.0;
# the programs that printed them ran from the writer's scratch directory).
FRESH4 = [
    # --- Error messages (20) ---
    # p13_queue_to_pool.py, 3.11.7
    (
        "RuntimeError: Queue objects should only be shared between processes through inheritance",
        "managers/managers.html#a-queue-and-a-lock-that-a-pool-can-take",
    ),
    # p14_value_to_pool.py, 3.11.7
    (
        "    raise RuntimeError(\nRuntimeError: Synchronized objects should only be shared "
        "between processes through inheritance",
        "pools/pool.html#set-up-each-worker-once-initializer-and-initargs",
    ),
    # p02_nested_pool.py, 3.11.7
    (
        "AssertionError: daemonic processes are not allowed to have children",
        (
            "recipes/nested.html#recipe-daemonic-children",
            "processes/daemon.html#a-daemon-cannot-have-children",
        ),
    ),
    # p03_task_done.py, 3.11.7
    (
        "ValueError: task_done() called too many times",
        "communication/joinable-queue.html#the-hang-when-a-task-done-is-missing",
    ),
    # p04_daemon_after_start.py, 3.11.7
    (
        "AssertionError: process has already started",
        "processes/daemon.html#set-daemon-before-start",
    ),
    # p07_local_func.py, 3.13.0
    (
        "AttributeError: Can't get local object 'main.<locals>.cube'",
        "guides/troubleshooting.html#cant-pickle",
    ),
    # p09_no_super.py, 3.11.7
    (
        "AttributeError: 'Downloader' object has no attribute '_closed'. Did you mean: 'close'?",
        "processes/subclassing.html#forgetting-super-init",
    ),
    # p11_bound_method_pool.py, 3.11.7
    (
        "NotImplementedError: pool objects cannot be passed between processes or pickled",
        "recipes/pickling.html#recipe-bound-method-pool",
    ),
    # p12_maybe_encoding.py, 3.11.7
    (
        "multiprocessing.pool.MaybeEncodingError: Error sending result: '[<_io.TextIOWrapper "
        "name='/etc/hostname' mode='r' encoding='UTF-8'>]'. Reason: 'TypeError(\"cannot pickle "
        "'_io.TextIOWrapper' object\")'",
        "recipes/pickling.html#recipe-maybe-encoding-error",
    ),
    # p19_shm_buffererror.py, 3.11.7
    (
        "BufferError: cannot close exported pointers exist",
        "shared-memory/shared-memory.html#shm-numpy",
    ),
    # p20_shareablelist.py, 3.11.7
    (
        "ValueError: bytes/str item exceeds available storage",
        "shared-memory/shared-memory.html#shareablelist",
    ),
    # p21_barrier.py, 3.11.7
    (
        "    raise BrokenBarrierError\nthreading.BrokenBarrierError",
        "synchronization/conditions-barriers.html#when-someone-does-not-come",
    ),
    # p25_maxtasks_fork.py, 3.11.7
    (
        "ValueError: max_tasks_per_child is incompatible with the 'fork' multiprocessing start "
        "method; supply a different mp_context.",
        "pools/executors.html#executor-max-tasks-per-child",
    ),
    # p26_as_completed_timeout.py, 3.11.7
    (
        "TimeoutError: 3 (of 4) futures unfinished",
        "recipes/futures.html#recipe-futures-timeout",
    ),
    # p34_exec_format.py, 3.11.7
    (
        "OSError: [Errno 8] Exec format error: '/work/fresh4/progs/noshebang.sh'",
        "production/subprocess-in-programs.html#filenotfounderror-exec-format-error-permission-denied",
    ),
    # p36_fork_thread_warn.py, 3.12.1
    (
        "/root/.pyenv/versions/3.12.1/lib/python3.12/multiprocessing/popen_fork.py:66: "
        "DeprecationWarning: This process (pid=12434) is multi-threaded, use of fork() may lead "
        "to deadlocks in the child.\n  self.pid = os.fork()",
        "guides/troubleshooting.html#fork-threads-warning",
    ),
    # p38_bad_typecode.py, 3.11.7
    (
        "TypeError: this type has no size",
        "guides/versions.html#bad-typecode",
    ),
    # p15_args_no_comma.py, 3.11.7
    (
        "TypeError: greet() takes 1 positional argument but 3 were given",
        "processes/first-process.html#pass-arguments",
    ),
    # p40_exc_unpickle.py, 3.11.7
    (
        "TypeError: QuotaError.__init__() missing 1 required positional argument: 'limit'",
        "recipes/pickling.html#recipe-exception-unpickle",
    ),
    # p39_authkey.py, 3.11.7
    (
        "TypeError: Pickling an AuthenticationString object is disallowed for security reasons",
        "recipes/reference.html#process-authkey",
    ),
    # --- API names (20) ---
    (
        "Pool.starmap_async",
        "recipes/reference.html#pool-starmap-async-with-a-callback",
    ),
    (
        "Queue.cancel_join_thread()",
        "communication/queues.html#close-join-thread-and-cancel-join-thread",
    ),
    (
        "Process.sentinel",
        "recipes/connections.html#recipe-sentinel-wait",
    ),
    (
        "conn.send_bytes recv_bytes",
        "communication/pipes.html#raw-bytes",
    ),
    (
        "multiprocessing.SimpleQueue",
        "communication/queues.html#simplequeue",
    ),
    (
        "multiprocessing.RLock",
        "synchronization/locks.html#a-lock-the-holder-takes-again-rlock",
    ),
    (
        "Condition.wait_for",
        "synchronization/conditions-barriers.html#condition-wait-until-shared-data-says-so",
    ),
    (
        "sharedctypes.RawArray",
        "shared-memory/values-arrays.html#lock-false-rawvalue-and-rawarray",
    ),
    (
        "SharedMemoryManager",
        "shared-memory/shared-memory.html#sharedmemorymanager-unlink-everything-at-the-end",
    ),
    (
        "SharedMemory track=False",
        "shared-memory/shared-memory.html#sharing-with-a-program-you-did-not-start-track",
    ),
    (
        "BaseProxy _callmethod",
        "recipes/managers.html#recipe-custom-proxy",
    ),
    (
        "multiprocessing.parent_process()",
        "processes/lifecycle.html#who-is-who",
    ),
    (
        "Process.interrupt",
        "processes/lifecycle.html#process-interrupt",
    ),
    (
        "ProcessPoolExecutor.terminate_workers",
        "pools/executors.html#stop-executor-workers",
    ),
    (
        "Future.add_done_callback",
        "recipes/futures.html#recipe-future-states",
    ),
    (
        "multiprocessing.log_to_stderr",
        "recipes/debugging.html#recipe-log-to-stderr",
    ),
    (
        "set_forkserver_preload",
        "recipes/reference.html#recipe-forkserver-preload",
    ),
    (
        "os.killpg",
        "recipes/subprocess.html#recipe-kill-process-tree",
    ),
    (
        "multiprocessing.set_executable",
        "production/packaged.html#embedded-python-set-executable",
    ),
    (
        "logging.handlers.QueueListener",
        "tools/logging.html#a-queuehandler-in-each-worker-a-queuelistener-in-the-parent",
    ),
    # --- Tasks and symptoms in the reader's own words (20) ---
    (
        "pressing ctrl+c prints a traceback from every pool worker",
        "pools/pool.html#ctrl-c-and-a-pool",
    ),
    (
        "python app in docker ignores docker stop and exits with 137",
        "production/containers.html#python-as-pid-1",
    ),
    (
        "numpy in each worker uses all the cores and everything gets slower",
        "recipes/numeric.html#recipe-blas-oversubscription",
    ),
    (
        "RAM usage keeps climbing in forked workers although they only read a big list",
        "recipes/memory.html#recipe-copy-on-write",
    ),
    (
        "print inside child process not showing in jupyter cell",
        "production/notebooks.html#worker-output-in-the-notebook-in-the-terminal-or-lost",
    ),
    (
        "pytest mock patch ignored by code running in a spawned process",
        "production/test-suites.html#mock-patch-has-no-effect-in-the-child",
    ),
    (
        "coverage report says worker function lines never executed",
        "production/test-suites.html#coverage-of-code-that-runs-in-workers",
    ),
    (
        "breakpoint() in a worker process exits immediately instead of stopping",
        "recipes/debugging.html#recipe-pdb-in-child",
    ),
    (
        "give each task its own time limit and kill only the one that is stuck",
        "recipes/pool-tasks.html#recipe-task-time-limit",
    ),
    (
        "grandchild keeps running after killing the shell script started with subprocess",
        "recipes/subprocess.html#recipe-kill-process-tree",
    ),
    (
        "pool freezes when my exception class takes two arguments",
        "recipes/pickling.html#recipe-exception-unpickle",
    ),
    (
        "let running tasks finish when the program receives SIGTERM",
        "production/services.html#graceful-sigterm",
    ),
    (
        "worker should notice when the parent process has died",
        "processes/lifecycle.html#who-is-who",
    ),
    (
        "recv() blocks forever even though the sending process already exited",
        "communication/pipes.html#one-way-pipes-and-the-end-of-the-data",
    ),
    (
        "print lines only appear after my systemd service stops",
        "production/services.html#service-output-buffering",
    ),
    (
        "call a cpu heavy function from async code without blocking the event loop",
        "recipes/pool-tasks.html#recipe-asyncio-executor",
    ),
    (
        "run at most 4 ffmpeg commands at the same time from python",
        "production/subprocess-in-programs.html#subprocess-cap",
    ),
    (
        "log full of ForkPoolWorker tracebacks because the pool init function throws",
        "production/lifecycle-traps.html#a-pool-initializer-that-fails",
    ),
    (
        "worker dies with SIGBUS writing to shared memory inside a container",
        "production/containers.html#small-dev-shm",
    ),
    (
        "pyinstaller exe keeps launching copies of itself when using multiprocessing",
        "production/packaged.html#the-frozen-program-starts-itself-again-and-again",
    ),
]

UNANSWERED4 = [
    "set the process title of workers so they show up by name in top",
    "lower the priority (nice) of worker processes",
    "limit the memory of each worker with resource.setrlimit RLIMIT_AS",
    "share one sqlite connection between processes",
    "keep a PyQt or tkinter window responsive while a process runs",
    "mpi4py instead of multiprocessing on a cluster",
    "pathos ProcessingPool with dill",
    "run multiprocessing inside a Windows service",
]

# Written by the fifth query writer; the programs that printed the messages ran on the Pythons named
# (3.14 and 3.15 in the Debian sid root of .ci/sid-pythons).
FRESH5 = [
    # ------------------------------------------------------------------------------------------
    # 1. Error messages and warnings, as the terminal printed them
    # ------------------------------------------------------------------------------------------
    # e01_context_twice.py, Python 3.11.7
    (
        "RuntimeError: context has already been set",
        "guides/troubleshooting.html#context-already-set",
    ),
    # e02_pool_in_pool.py, Python 3.12.1
    (
        "AssertionError: daemonic processes are not allowed to have children",
        "recipes/nested.html#recipe-daemonic-children",
    ),
    # e03_lambda.py, Python 3.10.13
    (
        (
            "_pickle.PicklingError: Can't pickle <function <lambda> at 0x7f89758abac0>: "
            "attribute lookup <lambda> on __main__ failed"
        ),
        "guides/troubleshooting.html#cant-pickle",
    ),
    # e04_notebook_like.sh (code given to python -c, spawn child), Python 3.11.7
    (
        "AttributeError: Can't get attribute 'square' on <module '__main__' (built-in)>",
        "production/notebooks.html#notebook-cant-get-attribute",
    ),
    # e05_broken_pool.py, Python 3.14.10 (sid root)
    (
        (
            "concurrent.futures.process.BrokenProcessPool: A process in the process pool was "
            "terminated abruptly while the future was running or pending."
        ),
        (
            "guides/troubleshooting.html#broken-process-pool",
            "pools/executors.html#when-a-worker-dies-brokenprocesspool",
        ),
    ),
    # e06_max_tasks_fork.py, Python 3.12.1
    (
        (
            "ValueError: max_tasks_per_child is incompatible with the 'fork' multiprocessing "
            "start method; supply a different mp_context."
        ),
        "pools/executors.html#executor-max-tasks-per-child",
    ),
    # e07_value_to_pool.py, Python 3.13.0
    (
        (
            "RuntimeError: Synchronized objects should only be shared between processes "
            "through inheritance"
        ),
        "pools/pool.html#set-up-each-worker-once-initializer-and-initargs",
    ),
    # e08_generator_result.py, Python 3.12.1
    (
        (
            "multiprocessing.pool.MaybeEncodingError: Error sending result: "
            "'[<generator object words.<locals>.<genexpr> at 0x7f4c8da00450>]'. "
            "Reason: 'TypeError(\"cannot pickle 'generator' object\")'"
        ),
        "recipes/pickling.html#recipe-maybe-encoding-error",
    ),
    # e09_subclass_lock.py, Python 3.14.10 (sid root; forkserver is the default there)
    (
        (
            "TypeError: cannot pickle '_thread.lock' object when serializing dict item '_lock' "
            "when serializing Worker state when serializing Worker object"
        ),
        (
            "processes/subclassing.html#everything-on-self-must-be-picklable",
            "recipes/pickling.html#recipe-getstate-setstate",
        ),
    ),
    # e10_pool_on_self.py, Python 3.13.0
    (
        "NotImplementedError: pool objects cannot be passed between processes or pickled",
        "recipes/pickling.html#recipe-bound-method-pool",
    ),
    # e11_forgot_super.py, Python 3.11.7
    (
        "AttributeError: 'Downloader' object has no attribute '_closed'. Did you mean: 'close'?",
        "processes/subclassing.html#forgetting-super-init",
    ),
    # e12_bounded_sem.py, Python 3.13.0
    (
        "ValueError: semaphore or lock released too many times",
        (
            "synchronization/semaphores.html#boundedsemaphore-catch-a-release-too-many",
            "synchronization/locks.html#a-lock-the-holder-takes-again-rlock",
        ),
    ),
    # e13_barrier.py, Python 3.10.13
    (
        "threading.BrokenBarrierError",
        "synchronization/conditions-barriers.html#when-someone-does-not-come",
    ),
    # e14_task_done.py, Python 3.15.2 (sid root)
    (
        "ValueError: task_done() called too many times",
        "communication/joinable-queue.html#the-hang-when-a-task-done-is-missing",
    ),
    # e15_shm_leak.py, Python 3.13.0
    (
        (
            "/root/.pyenv/versions/3.13.0/lib/python3.13/multiprocessing/resource_tracker.py:276: "
            "UserWarning: resource_tracker: There appear to be 1 leaked shared_memory objects "
            "to clean up at shutdown: {'/psm_e26a548a'}"
        ),
        (
            "guides/troubleshooting.html#leaked-warnings",
            "shared-memory/shared-memory.html#the-resource-tracker-and-leaked-shared-memory",
        ),
    ),
    # e16_fork_threads.py, Python 3.12.1, run with -W default
    (
        (
            "/root/.pyenv/versions/3.12.1/lib/python3.12/multiprocessing/popen_fork.py:66: "
            "DeprecationWarning: This process (pid=15866) is multi-threaded, use of fork() "
            "may lead to deadlocks in the child."
        ),
        (
            "guides/troubleshooting.html#fork-threads-warning",
            "processes/start-methods.html#fork-and-threads",
        ),
    ),
    # e17_wrong_authkey.py, Python 3.15.2 (sid root)
    (
        "multiprocessing.context.AuthenticationError: digest sent was rejected",
        (
            "recipes/connections.html#recipe-listener-client",
            "managers/remote.html#the-worker",
        ),
    ),
    # e18_run_string.py, Python 3.14.10 (sid root)
    (
        "FileNotFoundError: [Errno 2] No such file or directory: 'ls -l /tmp'",
        (
            "production/subprocess-in-programs.html"
            "#filenotfounderror-exec-format-error-permission-denied"
        ),
    ),
    # e19_shareable_list.py, Python 3.14.10 (sid root)
    (
        "ValueError: bytes/str item exceeds available storage",
        "shared-memory/shared-memory.html#shareablelist",
    ),
    # e20_no_guard.py, Python 3.14.10 (sid root; the parent's last line, after the fork
    # server's RuntimeError traceback)
    (
        "ConnectionResetError: [Errno 104] Connection reset by peer",
        (
            "guides/troubleshooting.html#bootstrapping-error",
            "processes/start-methods.html#the-main-guard-and-what-happens-without-it",
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # 2. API names, as a user types them
    # ------------------------------------------------------------------------------------------
    (
        "Pool.imap_unordered",
        "pools/pool.html#results-in-the-order-they-finish",
    ),
    (
        "multiprocessing.connection.wait(sentinels, timeout)",
        "recipes/connections.html#recipe-sentinel-wait",
    ),
    (
        "mp.Queue.cancel_join_thread()",
        "communication/queues.html#close-join-thread-and-cancel-join-thread",
    ),
    (
        "multiprocessing.get_context('forkserver')",
        "processes/start-methods.html#choosing-the-method-set-start-method-or-get-context",
    ),
    (
        "Value.get_lock()",
        (
            "shared-memory/values-arrays.html#counter-value-1-loses-updates",
            "guides/troubleshooting.html#lost-updates",
        ),
    ),
    (
        "SharedMemory(name=..., track=False)",
        "shared-memory/shared-memory.html#sharing-with-a-program-you-did-not-start-track",
    ),
    (
        "ProcessPoolExecutor mp_context",
        "pools/executors.html#choose-the-start-method-mp-context",
    ),
    (
        "concurrent.futures.wait return_when FIRST_COMPLETED",
        "recipes/futures.html#recipe-wait-return-when",
    ),
    (
        "executor.shutdown(cancel_futures=True)",
        "recipes/stopping-early.html#recipe-cancel-futures",
    ),
    (
        "multiprocessing.set_forkserver_preload",
        "recipes/reference.html#recipe-forkserver-preload",
    ),
    (
        "BaseProxy._callmethod",
        "recipes/managers.html#recipe-custom-proxy",
    ),
    (
        "Process.interrupt()",
        "processes/lifecycle.html#process-interrupt",
    ),
    (
        "multiprocessing.log_to_stderr(logging.DEBUG)",
        "recipes/debugging.html#recipe-log-to-stderr",
    ),
    (
        "logging.config.dictConfig QueueHandler listener",
        "tools/logging.html#configuring-with-dictconfig",
    ),
    (
        "Connection.recv_bytes_into",
        "communication/pipes.html#raw-bytes",
    ),
    (
        "os.killpg start_new_session=True",
        "recipes/subprocess.html#recipe-kill-process-tree",
    ),
    (
        "os.process_cpu_count()",
        "processes/how-many.html#os-process-cpu-count-python-3-13",
    ),
    (
        "np.random.SeedSequence spawn",
        "recipes/randomness.html#recipe-seed-sequence",
    ),
    (
        "Pool(maxtasksperchild=...)",
        "pools/pool.html#replace-workers-after-some-tasks-maxtasksperchild",
    ),
    (
        "os.waitstatus_to_exitcode",
        "processes/fork.html#fork-exit-status",
    ),
    # ------------------------------------------------------------------------------------------
    # 3. Tasks, in a reader's own words
    # ------------------------------------------------------------------------------------------
    (
        "stop the rest of the pool once one task finds what im looking for",
        "recipes/stopping-early.html#recipe-first-result",
    ),
    (
        "tqdm progress bar with multiprocessing pool",
        "recipes/pool-tasks.html#recipe-progress",
    ),
    (
        "all my worker processes generate the same random numbers with numpy",
        "recipes/randomness.html#recipe-numpy-same-numbers",
    ),
    (
        "python app in docker ignores sigterm and only dies after 10 sec",
        "production/containers.html#python-as-pid-1",
    ),
    (
        "prints from my systemd service only show up in the log when it stops",
        "production/services.html#service-output-buffering",
    ),
    (
        "share big numpy array between processes without copying it",
        "shared-memory/shared-memory.html#shm-numpy",
    ),
    (
        "memory of forked workers keeps growing even tho they only read the data",
        "recipes/memory.html#recipe-copy-on-write",
    ),
    (
        "kill one pool task thats taking too long but keep the others running",
        "recipes/pool-tasks.html#recipe-task-time-limit",
    ),
    (
        "call cpu heavy function from async code without blocking event loop",
        "recipes/pool-tasks.html#recipe-asyncio-executor",
    ),
    (
        "how many worker processes should i use for a cpu bound job",
        "processes/how-many.html#cpu-bound-or-i-o-bound",
    ),
    (
        "pressing ctrl c on a pool spams tracebacks from every worker",
        "pools/pool.html#ctrl-c-and-a-pool",
    ),
    (
        "write logs from several processes into one file",
        "tools/logging.html#a-queuehandler-in-each-worker-a-queuelistener-in-the-parent",
    ),
    (
        "pytest capsys not capturing print from child proces",
        "production/test-suites.html#capsys-and-capfd-miss-what-a-child-prints",
    ),
    (
        "gunicorn --preload background thread not running in workers",
        "production/web-servers.html#threads-started-at-import-are-missing-in-the-workers",
    ),
    (
        "pyinstaller exe keeps launching itself again with mutliprocessing",
        "production/packaged.html#the-frozen-program-starts-itself-again-and-again",
    ),
    (
        "read subprocess output line by line while its still running",
        "recipes/subprocess.html#recipe-line-by-line",
    ),
    (
        "breakpoint() inside worker process just exits",
        "recipes/debugging.html#recipe-pdb-in-child",
    ),
    (
        "get the return value back from a multiprocessing Process",
        (
            "processes/lifecycle.html#get-a-result-or-an-exception-back",
            "communication/queues.html#gathering-results",
        ),
    ),
    (
        "flask debug server runs my startup code twice",
        "production/web-servers.html#dev-server-reloader",
    ),
    (
        "threads or processes for downloading lots of urls",
        "guides/choosing.html#processes-threads-or-asyncio",
    ),
]

# Queries the site does not answer (checked by reading the pages and grepping docs/ and snippets/).
UNANSWERED5 = [
    "mpi4py send numpy array between ranks",
    "sqlite database is locked when several processes write",
    "pathos ProcessingPool amap example",
    "setproctitle to name worker processes in top",
    "lower priority of worker processes with os.nice",
    "limit RAM per pool worker with RLIMIT_AS",
    "multiprocessing pool freezes tkinter window",
    "run multiprocessing script as a windows service with pywin32",
    "numba prange parallel loop instead of multiprocessing",
    "zeromq pub sub between python processes",
]

# Written by the sixth query writer; the programs that printed the messages ran on the Pythons named
# (3.14 and 3.15 in the Debian sid root of .ci/sid-pythons).
FRESH6 = [
    # --- 1. Error messages, warnings and last lines of tracebacks (each really printed;
    # the programs are in /work/fresh6/progs/) ---
    # progs/e01_context_twice.py, printed by Python 3.14.10 (sid root)
    (
        "RuntimeError: context has already been set",
        "guides/troubleshooting.html#context-already-set",
    ),
    # progs/e02_no_guard.py, printed by Python 3.14.10 (sid root), default forkserver
    (
        (
            'File "/usr/lib/python3.14/multiprocessing/connection.py", line 417, in _recv chunk '
            "= read(handle, to_read) ConnectionResetError: [Errno 104] Connection reset by peer"
        ),
        (
            "guides/troubleshooting.html#bootstrapping-error",
            "processes/start-methods.html#the-main-guard-and-what-happens-without-it",
        ),
    ),
    # progs/e03_fork_thread.py, printed by Python 3.12.1 (pyenv), run with -W default
    (
        (
            "/root/.pyenv/versions/3.12.1/lib/python3.12/multiprocessing/popen_fork.py:66: "
            "DeprecationWarning: This process (pid=27449) is multi-threaded, use of fork() may "
            "lead to deadlocks in the child."
        ),
        (
            "guides/troubleshooting.html#fork-threads-warning",
            "processes/start-methods.html#fork-and-threads",
        ),
    ),
    # progs/e04_buffer_error.py, printed by Python 3.12.1 (pyenv)
    (
        "BufferError: cannot close exported pointers exist",
        "shared-memory/shared-memory.html#shm-numpy",
    ),
    # progs/e05_pool_in_pool.py, printed by Python 3.11.7 (pyenv)
    (
        "AssertionError: daemonic processes are not allowed to have children",
        (
            "recipes/nested.html#recipe-daemonic-children",
            "processes/daemon.html#a-daemon-cannot-have-children",
        ),
    ),
    # progs/e06_forgot_super.py, printed by Python 3.15.2 (sid root)
    (
        (
            "AttributeError: 'Worker' object has no attribute '_closed'. Did you mean '.close' "
            "instead of '._closed'?"
        ),
        "processes/subclassing.html#forgetting-super-init",
    ),
    # progs/e07_generator_result.py, printed by Python 3.13.0 (pyenv)
    (
        (
            "multiprocessing.pool.MaybeEncodingError: Error sending result: '[<generator object "
            "read_rows.<locals>.<genexpr> at 0x7fd6be4f28e0>]'. Reason: 'TypeError(\"cannot "
            "pickle 'generator' object\")'"
        ),
        "recipes/pickling.html#recipe-maybe-encoding-error",
    ),
    # progs/e08_max_tasks_fork.py, printed by Python 3.12.1 (pyenv)
    (
        (
            "ValueError: max_tasks_per_child is incompatible with the 'fork' multiprocessing "
            "start method; supply a different mp_context."
        ),
        "pools/executors.html#executor-max-tasks-per-child",
    ),
    # progs/e09_value_to_pool.py, printed by Python 3.10.13 (pyenv)
    (
        (
            "RuntimeError: Synchronized objects should only be shared between processes through "
            "inheritance"
        ),
        "pools/pool.html#set-up-each-worker-once-initializer-and-initargs",
    ),
    # progs/e10_queue_to_pool.py, printed by Python 3.11.7 (pyenv)
    (
        "RuntimeError: Queue objects should only be shared between processes through inheritance",
        (
            "managers/managers.html#a-queue-and-a-lock-that-a-pool-can-take",
            "pools/pool.html#set-up-each-worker-once-initializer-and-initargs",
        ),
    ),
    # progs/e11_bounded_sem.py, printed by Python 3.13.0 (pyenv)
    (
        "ValueError: semaphore or lock released too many times",
        (
            "synchronization/semaphores.html#boundedsemaphore-catch-a-release-too-many",
            "synchronization/locks.html#a-lock-the-holder-takes-again-rlock",
        ),
    ),
    # progs/e12_task_done.py, printed by Python 3.11.7 (pyenv)
    (
        (
            "raise ValueError('task_done() called too many times') ValueError: task_done() "
            "called too many times"
        ),
        "communication/joinable-queue.html#the-hang-when-a-task-done-is-missing",
    ),
    # progs/e13_barrier.py, printed by Python 3.14.10 (sid root)
    (
        (
            'File "/usr/lib/python3.14/threading.py", line 781, in _wait raise '
            "BrokenBarrierError threading.BrokenBarrierError"
        ),
        "synchronization/conditions-barriers.html#when-someone-does-not-come",
    ),
    # progs/e14_authkey.py, printed by Python 3.12.1 (pyenv)
    (
        "multiprocessing.context.AuthenticationError: digest sent was rejected",
        ("recipes/connections.html#recipe-listener-client", "managers/remote.html#the-worker"),
    ),
    # progs/e15_bad_typecode.py, printed by Python 3.15.2 (sid root)
    (
        (
            "TypeError: bad typecode (must be a ctypes type or one of c, b, B, u, h, H, i, I, l, "
            "L, q, Q, f or d)"
        ),
        (
            "guides/versions.html#bad-typecode",
            "shared-memory/values-arrays.html#share-a-number-and-an-array",
        ),
    ),
    # progs/e16_authkey_queue.py, printed by Python 3.13.0 (pyenv)
    (
        "TypeError: Pickling an AuthenticationString object is disallowed for security reasons",
        "recipes/reference.html#process-authkey",
    ),
    # progs/e17_shareable_list.py, printed by Python 3.14.10 (sid root)
    (
        (
            'File "/usr/lib/python3.14/multiprocessing/shared_memory.py", line 469, in '
            "__setitem__ ValueError: bytes/str item exceeds available storage"
        ),
        "shared-memory/shared-memory.html#shareablelist",
    ),
    # progs/e18_too_many_files.py, printed by Python 3.12.1 (pyenv)
    (
        (
            'File "/root/.pyenv/versions/3.12.1/lib/python3.12/multiprocessing/connection.py", '
            'line 537, in Pipe File "/root/.pyenv/versions/3.12.1/lib/python3.12/socket.py", '
            "line 609, in socketpair OSError: [Errno 24] Too many open files"
        ),
        "production/lifecycle-traps.html#oserror-errno-24-too-many-open-files",
    ),
    # progs/e19_exec_format.py, printed by Python 3.11.7 (pyenv)
    (
        "OSError: [Errno 8] Exec format error: './noshebang.sh'",
        (
            "production/subprocess-in-programs.html"
            "#filenotfounderror-exec-format-error-permission-denied"
        ),
    ),
    # progs/e20_decode.py, printed by Python 3.10.13 (pyenv)
    (
        (
            'File "/root/.pyenv/versions/3.10.13/lib/python3.10/subprocess.py", line 1031, in '
            "_translate_newlines data = data.decode(encoding, errors) UnicodeDecodeError: "
            "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte"
        ),
        "recipes/subprocess.html#text-mode-and-encodings-unicodedecodeerror-from-run",
    ),
    # --- 2. API names as a user would type them ---
    ("pool.imap_unordered", "pools/pool.html#results-in-the-order-they-finish"),
    ("concurrent.futures.as_completed()", "pools/executors.html#results-as-they-complete"),
    ("Future.add_done_callback", "recipes/futures.html#recipe-future-states"),
    ("wait(fs, return_when=FIRST_COMPLETED)", "recipes/futures.html#recipe-wait-return-when"),
    ("Process.sentinel", "recipes/connections.html#recipe-sentinel-wait"),
    (
        "queue.cancel_join_thread()",
        "communication/queues.html#close-join-thread-and-cancel-join-thread",
    ),
    (
        "multiprocessing.Pipe(duplex=False)",
        "communication/pipes.html#one-way-pipes-and-the-end-of-the-data",
    ),
    ("conn.send_bytes", "communication/pipes.html#raw-bytes"),
    (
        "Condition.wait_for",
        "synchronization/conditions-barriers.html#condition-wait-until-shared-data-says-so",
    ),
    (
        "multiprocessing.sharedctypes.RawArray",
        "shared-memory/values-arrays.html#lock-false-rawvalue-and-rawarray",
    ),
    (
        "SharedMemory(name=..., track=False)",
        "shared-memory/shared-memory.html#sharing-with-a-program-you-did-not-start-track",
    ),
    ("manager.Namespace()", "managers/managers.html#a-shared-dict-list-and-namespace"),
    ("BaseProxy._callmethod", "recipes/managers.html#recipe-custom-proxy"),
    ("multiprocessing.log_to_stderr(logging.DEBUG)", "recipes/debugging.html#recipe-log-to-stderr"),
    ("os.process_cpu_count", "processes/how-many.html#os-process-cpu-count-python-3-13"),
    ("multiprocessing.parent_process()", "processes/lifecycle.html#who-is-who"),
    ("os.waitstatus_to_exitcode", "processes/fork.html#fork-exit-status"),
    ("multiprocessing.set_executable", "production/packaged.html#embedded-python-set-executable"),
    (
        "logging.handlers.QueueListener",
        "tools/logging.html#a-queuehandler-in-each-worker-a-queuelistener-in-the-parent",
    ),
    ("threadpool_limits(limits=1)", "recipes/numeric.html#recipe-blas-limits"),
    # --- 3. Task phrases in a reader's own words ---
    (
        "stop the pool as soon as one task finds what im looking for",
        "recipes/stopping-early.html#recipe-first-result",
    ),
    ("progress bar for multiprocessing pool tqdm", "recipes/pool-tasks.html#recipe-progress"),
    (
        "timeout for a single task in a pool, kill only the one thats stuck",
        "recipes/pool-tasks.html#recipe-task-time-limit",
    ),
    (
        "all my workers generate the exact same random numbers numpy",
        "recipes/randomness.html#recipe-numpy-same-numbers",
    ),
    (
        "docker container takes forever to shut down, python ignores sigterm",
        "production/containers.html#python-as-pid-1",
    ),
    (
        "pool starts more workers than the cpu limit of my kubernetes pod",
        "production/containers.html#cpu-limits-in-containers",
    ),
    (
        "print output only shows up in journalctl after the service stops",
        "production/services.html#service-output-buffering",
    ),
    (
        "mock.patch not applied inside the child process in my pytest test",
        "production/test-suites.html#mock-patch-has-no-effect-in-the-child",
    ),
    (
        "gunicorn --preload background thread not running in the workers",
        "production/web-servers.html#threads-started-at-import-are-missing-in-the-workers",
    ),
    (
        "pool.map never finishes in jupyter notebook on mac",
        "production/notebooks.html#notebook-cant-get-attribute",
    ),
    (
        "pyinstaller exe keeps launching copies of itself with multiprocesing",
        "production/packaged.html#the-frozen-program-starts-itself-again-and-again",
    ),
    (
        "numpy matrix multiplication gets slower when i run it in a process pool",
        "recipes/numeric.html#recipe-blas-oversubscription",
    ),
    (
        "memory of forked workers keeps growing although they only read the big list",
        "recipes/memory.html#recipe-copy-on-write",
    ),
    (
        "get the retrun value of a function run in a Process back in the parent",
        "processes/lifecycle.html#get-a-result-or-an-exception-back",
    ),
    (
        "breakpoint() inside a worker process exits straight away",
        "recipes/debugging.html#recipe-pdb-in-child",
    ),
    (
        "read subprocess output line by line while it is still running",
        "recipes/subprocess.html#recipe-line-by-line",
    ),
    (
        "run at most 4 shell commands at the same time",
        "production/subprocess-in-programs.html#subprocess-cap",
    ),
    (
        "should i use threads or processes to download lots of urls",
        "guides/choosing.html#processes-threads-or-asyncio",
    ),
    (
        "why is my multiprocessing code slower than a normal for loop",
        ("guides/troubleshooting.html#slower-parallel", "performance.html#perf-overhead"),
    ),
    (
        "pool.map with a function that takes two arguments",
        "pools/pool.html#map-a-function-over-inputs",
    ),
]

UNANSWERED6 = [
    "mpi4py scatter and gather between cluster nodes",
    "set nice priority of worker processes",
    "tkinter window freezes while multiprocessing runs",
    "setproctitle rename worker processes shown in top",
    "gevent monkey patch breaks multiprocessing",
    "pyspark vs multiprocessing for a big csv",
    "cython prange nogil parallel loop",
    "zeromq push pull sockets between python processes",
    "multiprocessing in pyodide webassembly browser",
    "trio nursery run_process example",
]
