"""gunicorn settings: python -m gunicorn -c gunicorn_conf.py shipper_app:app"""


def post_fork(server, worker):
    # gunicorn calls this in each worker right after forking it.
    import shipper_app

    shipper_app.start_shipper()


if __name__ == "__main__":
    from serve import with_and_without_preload

    with_and_without_preload("shipper_app:app", "--config", "gunicorn_conf.py")
