# sys.exit('message'): the message goes to stderr and the exit status is 1.
import sys

config = {"mode": "fast"}
print("checking config")
for key in ("mode", "path"):
    print("key", key, "present" if key in config else "missing")
if "path" not in config:
    sys.exit("fatal: no path configured")
print("never printed")
