"""gunicorn configuration: python -m gunicorn -c gunicorn_conf.py ..."""


def post_fork(server, worker):
    # gunicorn calls this in each worker right after forking it.
    from thread_post_fork import start_shipper

    start_shipper()
