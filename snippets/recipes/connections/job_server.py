import os
import secrets
import subprocess
import sys
from multiprocessing.connection import Listener
from pathlib import Path

CLIENT = Path(__file__).with_name("job_client.py")

if __name__ == "__main__":
    # The shared secret comes from the environment, never from the code;
    # make one up if it is not set, so that the example runs as it is
    os.environ.setdefault("JOB_AUTHKEY", secrets.token_hex(16))
    authkey = os.environ["JOB_AUTHKEY"].encode()

    # Port 0: the system picks a free port
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        port = listener.address[1]
        # Another program, not a child started by multiprocessing; it
        # could as well be started by hand in another terminal
        client = subprocess.Popen([sys.executable, CLIENT, str(port)])
        with listener.accept() as connection:
            address = listener.last_accepted[0]
            print("server: accepted a client from", address, flush=True)
            numbers = connection.recv()
            print("server: received", numbers, flush=True)
            connection.send(sum(numbers))
        client.wait()
