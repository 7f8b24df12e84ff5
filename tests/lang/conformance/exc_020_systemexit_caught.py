# SystemExit can be caught; its code attribute reflects the argument.
import sys
for label, arg in [("no argument", ()), ("0", (0,)), ("3", (3,)), ("'message'", ("message",)), ("None", (None,))]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(f"sys.exit({label}): code={e.code!r} args={e.args!r}")
try:
    raise SystemExit(5)
except SystemExit as e:
    print("raise SystemExit(5):", e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
def cleanup():
    try:
        sys.exit("bye")
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code:", e.code)
print("program continues normally")
