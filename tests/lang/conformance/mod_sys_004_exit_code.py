# The program's last action is sys.exit(3): exit status 3, nothing on stderr.
import sys
def check(items):
    failures = [i for i in items if i < 0]
    for f in failures:
        print("negative value:", f)
    return len(failures)
failures = check([1, -2, 3, -4, -5])
print("failures:", failures)
print("exiting with status 3")
sys.stdout.flush()
sys.exit(failures)
