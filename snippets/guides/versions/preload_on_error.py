import multiprocessing


def greet():
    print("hello from the child", flush=True)


if __name__ == "__main__":
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["no_such_module"], on_error="fail")
    child = context.Process(target=greet)
    try:
        child.start()
    except (EOFError, OSError) as error:
        print(f"start() failed: {type(error).__name__}")
