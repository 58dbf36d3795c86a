import os
import signal

HANDLERS = {
    signal.SIG_DFL: "default",
    signal.SIG_IGN: "ignored",
    signal.default_int_handler: "raises KeyboardInterrupt",
}

for name in ("SIGINT", "SIGTERM", "SIGCHLD"):
    print(name, HANDLERS[signal.getsignal(getattr(signal, name))])
blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [])
print("blocked:", ", ".join(sorted(number.name for number in blocked)) or "none")
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
