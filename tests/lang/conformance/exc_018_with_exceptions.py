# with blocks see the exception in __exit__ and may suppress it.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print(f"suppressed {et.__name__}: {ev}")
            return True
        return False
with Suppress(KeyError, IndexError):
    {}["missing"]
print("continued after KeyError")
with Suppress(ZeroDivisionError):
    1 / 0
try:
    with Suppress(KeyError):
        int("bad")
except ValueError as e:
    print("not suppressed:", e)
class Rollback:
    def __enter__(self):
        print("begin")
    def __exit__(self, et, ev, tb):
        print("rollback" if et else "commit")
for fail in (False, True):
    try:
        with Rollback():
            if fail:
                raise RuntimeError("failure")
            print("work done")
    except RuntimeError as e:
        print("caught", e)
class Broken:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with Broken():
        print("never")
except OSError as e:
    print("OSError:", e)
