# Exception args, str() and repr() for zero, one and several arguments.
cases = [Exception(), Exception("msg"), Exception("a", 1), ValueError(42),
         KeyError("key"), KeyError(), KeyError("a", "b"), IndexError("idx"),
         OSError(5, "Input/output error"), OSError("just text"), StopIteration(7),
         SystemExit(3), RuntimeError(None), TypeError(""), ValueError(["list"]),
         AssertionError("assert msg"), ZeroDivisionError("division by zero")]
for e in cases:
    print(f"{type(e).__name__:<18} args={e.args!r:<22} str={str(e)!r:<22} repr={e!r}")
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
print(str(KeyError("it's")), repr(KeyError("it's")))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(OSError(5, "I/O").errno, OSError(5, "I/O").strerror, OSError("x").errno)
