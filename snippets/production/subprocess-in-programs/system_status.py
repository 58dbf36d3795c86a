import os

status = os.system("exit 3")
print("os.system returned:", status)
print("exit code:", os.waitstatus_to_exitcode(status))
