# Every exception class of the contract: isinstance checks against its ancestors.
classes = [BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit,
           StopIteration, StopAsyncIteration, ArithmeticError, ZeroDivisionError,
           OverflowError, AssertionError, AttributeError, LookupError, IndexError,
           KeyError, NameError, UnboundLocalError, RuntimeError, RecursionError,
           NotImplementedError, TypeError, ValueError, OSError, ConnectionError,
           ConnectionResetError, ConnectionRefusedError, BrokenPipeError, TimeoutError,
           MemoryError, SyntaxError, IndentationError]
bases = [BaseException, Exception, ArithmeticError, LookupError, NameError,
         RuntimeError, OSError, ConnectionError, SyntaxError]
print(" " * 24, " ".join(b.__name__[:4] for b in bases))
for cls in classes:
    e = cls()
    marks = " ".join(("yes " if isinstance(e, b) else "-   ") for b in bases)
    print(f"{cls.__name__:<24} {marks}")
