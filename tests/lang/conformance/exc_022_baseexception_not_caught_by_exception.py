# KeyboardInterrupt, SystemExit and GeneratorExit bypass `except Exception`.
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    try:
        try:
            raise exc("x")
        except Exception as e:
            print(f"{exc.__name__}: caught by except Exception")
    except BaseException as e:
        print(f"{exc.__name__}: only caught by BaseException ({type(e).__name__})")
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("KeyboardInterrupt repr:", repr(e), "str:", repr(str(e)))
class Stop(BaseException):
    pass
try:
    try:
        raise Stop("custom base")
    except Exception:
        print("never")
except Stop as e:
    print("Stop:", e, issubclass(Stop, Exception))
