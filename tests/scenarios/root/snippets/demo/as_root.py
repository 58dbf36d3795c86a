import os

print("user id:", os.geteuid())
