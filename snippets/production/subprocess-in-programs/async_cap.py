import asyncio
import sys

JOB = "import sys, time; time.sleep(0.2); print('job', sys.argv[1], 'done')"
running = 0
most_at_once = 0


async def run_job(number, limit):
    global running, most_at_once
    async with limit:
        running += 1
        most_at_once = max(most_at_once, running)
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            JOB,
            str(number),
            stdout=asyncio.subprocess.PIPE,
        )
        output, _ = await process.communicate()
        running -= 1
    return output.decode().rstrip()


async def main():
    limit = asyncio.Semaphore(2)  # at most two commands at once
    outputs = await asyncio.gather(*(run_job(n, limit) for n in range(6)))
    for output in outputs:  # in the order of the jobs, whatever ended first
        print(output)
    print("most at once:", most_at_once)


if __name__ == "__main__":
    asyncio.run(main())
