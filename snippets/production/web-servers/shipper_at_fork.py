"""shipper_app.py's app, with a new shipper in every forked child."""

import os

import shipper_app

# A process forked from this one (a gunicorn worker under --preload) has
# only the thread that called fork: give it a queue and a shipper of its own.
os.register_at_fork(after_in_child=shipper_app.start_shipper)

app = shipper_app.app

if __name__ == "__main__":
    from serve import with_and_without_preload

    with_and_without_preload("shipper_at_fork:app")
