import subprocess

if __name__ == "__main__":
    command = ["stdbuf", "-oL", "sed", "s/^/echo: /"]
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as sed:
        for word in ["one", "two", "three"]:
            sed.stdin.write(word + "\n")
            sed.stdin.flush()
            print("sent", word, flush=True)
            print("got", sed.stdout.readline().rstrip(), flush=True)
        sed.stdin.close()
