import os
import secrets
import subprocess
import sys
from multiprocessing.connection import AuthenticationError, Listener
from pathlib import Path

CLIENT = Path(__file__).with_name("job_client.py")

if __name__ == "__main__":
    authkey = secrets.token_bytes(16)
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        port = listener.address[1]
        # The client reads another key from its environment
        client_environment = dict(os.environ, JOB_AUTHKEY="a wrong key")
        client = subprocess.Popen(
            [sys.executable, CLIENT, str(port)],
            env=client_environment,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            listener.accept()
        except AuthenticationError as error:
            print("server: AuthenticationError:", error)
        client_errors = client.communicate()[1]
        print("client:", client_errors.splitlines()[-1])
