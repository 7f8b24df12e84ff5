# A base-class handler catches subclasses; the first matching clause wins.
def first_match(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "KeyError clause (unreachable)"
    except Exception:
        return "Exception clause"
for exc in [KeyError("k"), IndexError(1), ValueError(), UnboundLocalError(), ConnectionResetError()]:
    print(type(exc).__name__, "->", first_match(exc))
def by_os(exc):
    try:
        raise exc
    except ConnectionRefusedError:
        return "refused"
    except ConnectionError:
        return "connection"
    except OSError as e:
        return f"os: {e}"
for exc in [ConnectionRefusedError(), BrokenPipeError(), ConnectionResetError("reset"),
            TimeoutError("timed out"), OSError(5, "I/O error")]:
    print(type(exc).__name__, "->", by_os(exc))
try:
    raise RecursionError("deep")
except RuntimeError as e:
    print("RuntimeError clause caught", type(e).__name__, e)
