import os
import secrets
from multiprocessing.managers import BaseManager

shared_settings = {"mode": "fast"}


def get_settings():
    return shared_settings


class SettingsManager(BaseManager):
    pass


SettingsManager.register("settings", callable=get_settings)

if __name__ == "__main__":
    os.environ.setdefault("SETTINGS_AUTHKEY", secrets.token_hex(16))
    manager = SettingsManager(
        address=("127.0.0.1", 0),
        authkey=os.environ["SETTINGS_AUTHKEY"].encode(),
    )
    server = manager.get_server()  # a server in this process, not a child
    host, port = server.address
    print(f"serving on {host}:{port}; stop with Ctrl-C", flush=True)
    server.serve_forever()
