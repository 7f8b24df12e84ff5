# raise SystemExit(4): no traceback, exit status 4.
import sys
def main():
    print("doing work")
    errors = 4
    if errors:
        print(f"{errors} errors found", flush=True)
        raise SystemExit(errors)
    return 0
main()
print("never printed")
