# The inheritance chain of each exception class, by __mro__ and __bases__.
classes = [GeneratorExit, KeyboardInterrupt, SystemExit, StopIteration, StopAsyncIteration,
           ZeroDivisionError, OverflowError, AssertionError, AttributeError, IndexError,
           KeyError, UnboundLocalError, RecursionError, NotImplementedError, TypeError,
           ValueError, ConnectionResetError, ConnectionRefusedError, BrokenPipeError,
           TimeoutError, MemoryError, IndentationError]
for cls in classes:
    print(" -> ".join(c.__name__ for c in cls.__mro__))
print(Exception.__bases__[0].__name__, BaseException.__bases__[0].__name__)
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception),
      issubclass(KeyboardInterrupt, Exception))
print(issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(issubclass(StopAsyncIteration, StopIteration), issubclass(RecursionError, RuntimeError))
