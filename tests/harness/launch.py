"""Run a snippet file as ``__main__`` under a chosen start method: ``launch.py METHOD PATH``.

The snippet runs unmodified, as ``python PATH`` would run it (same ``sys.argv``, same
``sys.path[0]``); only the start method is set first. An uncaught exception is reported by the
interpreter's own printer, ``sys.excepthook`` (which adds "Did you mean: ...?" on every version,
where ``traceback.print_exception`` adds it only from 3.12), without this launcher's frames; then
the launcher exits as the interpreter does: status 1, or killed by SIGINT after a
KeyboardInterrupt, once the exit handlers have run.
"""

import atexit
import builtins
import multiprocessing
import os
import signal
import sys
import types
from pathlib import Path


def main() -> None:
    method, path = sys.argv[1], os.path.abspath(sys.argv[2])
    multiprocessing.set_start_method(method)
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    # The snippet's module replaces this one as __main__ for good, as in ``python PATH``: with
    # runpy.run_path the launcher would be __main__ again once the code returned, and a pool's
    # or queue's thread still (un)pickling the snippet's classes and functions would fail.
    code = compile(Path(path).read_bytes(), path, "exec")
    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__builtins__ = builtins
    # multiprocessing, imported above, made __mp_main__ an alias of the launcher (it does so
    # on import, for the parent to unpickle what children pickle from __mp_main__): point it
    # at the snippet, as importing multiprocessing from the snippet would.
    sys.modules["__main__"] = sys.modules["__mp_main__"] = module
    try:
        exec(code, module.__dict__)
    except SystemExit:
        raise
    except BaseException as error:
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != path:
            tb = tb.tb_next
        # The printer reads the exception's own __traceback__, so trim it there.
        error = error.with_traceback(tb or error.__traceback__)
        sys.excepthook(type(error), error, error.__traceback__)
        if not isinstance(error, KeyboardInterrupt):
            sys.exit(1)
        del error, tb
        # The interpreter finalizes, then kills itself with SIGINT so that its parent knows.
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)


if __name__ == "__main__":
    main()
