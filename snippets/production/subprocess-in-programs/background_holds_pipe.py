import subprocess
import time

# The shell starts a background job and exits at once; the job inherits
# the shell's standard output, which is run()'s pipe.
started = time.monotonic()
result = subprocess.run(
    ["sh", "-c", "sleep 3 & echo shell done"],
    capture_output=True,
    text=True,
)
waited = time.monotonic() - started
print("output:", result.stdout.strip())
print("run() waited for the background sleep:", waited >= 3)
