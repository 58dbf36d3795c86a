import asyncio

# Three lines of progress at once, then it hangs.
COMMAND = ["sh", "-c", "printf 'step 1\\nstep 2\\nstep 3\\n'; exec sleep 60"]


async def follow(process, silence):
    """Print the command's lines as they come, until it has said nothing
    for `silence` seconds (not counting the wait for its first line)."""
    timeout = None
    while line := await asyncio.wait_for(process.stdout.readline(), timeout):
        print("got:", line.decode().rstrip(), flush=True)
        timeout = silence


async def main():
    process = await asyncio.create_subprocess_exec(
        *COMMAND, stdout=asyncio.subprocess.PIPE
    )
    try:
        await follow(process, silence=1)
    except asyncio.TimeoutError:
        print("silent for 1 s; still running:", process.returncode is None)
    finally:  # on a time-out, an error or a cancellation alike
        if process.returncode is None:
            process.kill()
            await process.wait()
    print("exit code:", process.returncode)


if __name__ == "__main__":
    asyncio.run(main())
