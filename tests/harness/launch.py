"""Run a snippet file as ``__main__`` under a chosen start method: ``launch.py METHOD PATH``.

The snippet runs unmodified, as ``python PATH`` would run it (same ``sys.argv``, same
``sys.path[0]``); only the start method is set first. An uncaught exception is reported the way
the interpreter reports it, without this launcher's frames, and exits with status 1.
"""

import multiprocessing
import os
import runpy
import sys
import traceback


def main() -> None:
    method, path = sys.argv[1], os.path.abspath(sys.argv[2])
    multiprocessing.set_start_method(method)
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    try:
        runpy.run_path(path, run_name="__main__")
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as error:
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != path:
            tb = tb.tb_next
        traceback.print_exception(type(error), error, tb or error.__traceback__)
        sys.stderr.flush()
        sys.exit(1)


if __name__ == "__main__":
    main()
