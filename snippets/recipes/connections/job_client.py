import os
import sys
from multiprocessing.connection import Client

if __name__ == "__main__":
    port = int(sys.argv[1])
    authkey = os.environ["JOB_AUTHKEY"].encode()
    with Client(("127.0.0.1", port), authkey=authkey) as connection:
        connection.send([1, 2, 3])
        print("client: the sum is", connection.recv(), flush=True)
