import threading

print("waiting", flush=True)
threading.Event().wait()
