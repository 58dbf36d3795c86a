import asyncio
import multiprocessing
import pathlib
import re
import tempfile
import time

import nbformat
from nbclient import NotebookClient

# The notebook uses the start method this program runs with: by default
# fork on Linux up to Python 3.13, forkserver on Linux from 3.14, spawn
# on macOS and Windows.
METHOD = multiprocessing.get_start_method()
CELLS = [
    f"import multiprocessing\nmultiprocessing.set_start_method({METHOD!r})",
    "def square(number):\n"
    "    return number * number\n"
    "\n"
    "with multiprocessing.Pool(2) as pool:\n"
    "    print(pool.map(square, range(5)))",
    "import workers\n"
    "\n"
    "with multiprocessing.Pool(2) as pool:\n"
    "    print(pool.map(workers.square, range(5)))",
]

# workers.py, a module next to the notebook.
WORKERS = """
def square(number):
    return number * number
"""


def errors(text):
    """The last line of each traceback in a text, each once."""
    lines = []
    for line in text.splitlines():
        # The stop button interrupts the workers too; whether one of
        # them prints KeyboardInterrupt depends on what it was doing.
        if re.match(r"\w+Error: ", line) and line not in lines:
            lines.append(line)
    return lines


async def run_notebook(notebook, folder, terminal):
    client = NotebookClient(notebook, allow_errors=True)
    async with client.async_setup_kernel(
        cwd=folder, stdout=terminal, stderr=terminal
    ):
        for index, cell in enumerate(notebook.cells):
            running = asyncio.ensure_future(
                client.async_execute_cell(cell, index)
            )
            terminal_before = pathlib.Path(terminal.name).read_text()
            pressed_at = None
            while not running.done():
                # What you would do: see a new error in the terminal, press
                # the notebook's stop button, and press it again if the
                # cell still runs a few seconds later.
                seen = pathlib.Path(terminal.name).read_text()
                new_error = "Error" in seen.removeprefix(terminal_before)
                now = time.monotonic()
                if new_error and (pressed_at is None or now - pressed_at > 3):
                    await client.km.interrupt_kernel()
                    pressed_at = now
                await asyncio.sleep(0.1)
            await running


if __name__ == "__main__":
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(source) for source in CELLS]
    )
    with tempfile.TemporaryDirectory() as folder:
        pathlib.Path(folder, "workers.py").write_text(WORKERS)
        terminal_path = pathlib.Path(folder, "terminal.txt")
        with open(terminal_path, "w") as terminal:
            asyncio.run(run_notebook(notebook, folder, terminal))
        terminal_text = terminal_path.read_text()
    for number, cell in enumerate(notebook.cells, start=1):
        print(f"cell {number}:")
        for name in ("stdout", "stderr"):
            text = "".join(
                output.text
                for output in cell.outputs
                if output.get("name") == name
            )
            lines = text.splitlines() if name == "stdout" else errors(text)
            for line in lines:
                print(f"  {name}: {line}")
        for output in cell.outputs:
            if output.output_type == "error":
                print(f"  error: {output.ename}")
    print("kernel's terminal:")
    for line in errors(terminal_text):
        print(f"  {line}")
