import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as folder:
    no_shebang = os.path.join(folder, "no_shebang.sh")
    with open(no_shebang, "w") as script:
        script.write("echo hello\n")
    os.chmod(no_shebang, 0o755)
    not_executable = os.path.join(folder, "not_executable.sh")
    with open(not_executable, "w") as script:
        script.write("#!/bin/sh\necho hello\n")

    commands = {
        "a name not on PATH": ["no-such-program"],
        "a script without #!": [no_shebang],
        "a file without the x bit": [not_executable],
    }
    for what, command in commands.items():
        try:
            subprocess.run(command)
        except OSError as error:
            print(f"{what}: {type(error).__name__}: {error.strerror}")
