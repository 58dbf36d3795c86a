import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def cpu_bound(number):
    return sum(i * i for i in range(number))


def slow(seconds):
    time.sleep(seconds)
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(2) as pool:
        calls = [loop.run_in_executor(pool, cpu_bound, n) for n in (10, 1000)]
        print("results:", await asyncio.gather(*calls))

        call = loop.run_in_executor(pool, slow, 1)
        try:
            await asyncio.wait_for(call, timeout=0.1)
        except asyncio.TimeoutError:
            print("wait_for gave up after 0.1 s")
        print("leaving the with block waits for the call still running")
    print("done")


if __name__ == "__main__":
    asyncio.run(main())
