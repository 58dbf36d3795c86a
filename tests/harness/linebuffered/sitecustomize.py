"""Line-buffer stdout and stderr in every interpreter of a snippet run, children included.

The harness puts this folder on PYTHONPATH. Through a pipe Python buffers output in blocks, so
the lines of several processes would arrive in an order no terminal shows; with line buffering
each process writes whole lines as it prints them, as it does on a terminal.
"""

import sys

for _stream in (sys.stdout, sys.stderr):
    if _stream is not None:
        _stream.reconfigure(line_buffering=True)
