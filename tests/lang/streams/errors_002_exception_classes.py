# IncompleteReadError and LimitOverrunError by themselves: constructors, attributes, messages,
# reprs, args and their places in the hierarchy.
import asyncio

e = asyncio.IncompleteReadError(b'abc', 10)
print(e.partial, e.expected, str(e), repr(e), e.args)
e = asyncio.IncompleteReadError(b'', None)
print(e.partial, e.expected, str(e))
e = asyncio.IncompleteReadError(b'xy', 0)
print(str(e))
print(issubclass(asyncio.IncompleteReadError, EOFError), issubclass(EOFError, Exception))
print(asyncio.IncompleteReadError is asyncio.exceptions.IncompleteReadError)
print(asyncio.IncompleteReadError.__module__, asyncio.IncompleteReadError.__name__)

e = asyncio.LimitOverrunError('too long', 7)
print(e.consumed, str(e), repr(e), e.args)
print(issubclass(asyncio.LimitOverrunError, Exception), issubclass(asyncio.LimitOverrunError, EOFError))
print(asyncio.LimitOverrunError is asyncio.exceptions.LimitOverrunError)
print(asyncio.LimitOverrunError.__module__)

try:
    raise asyncio.IncompleteReadError(b'12', 4)
except EOFError as err:
    print('caught as EOFError:', err.partial, err)

try:
    raise asyncio.LimitOverrunError('Separator is not found, and chunk exceed the limit', 3)
except Exception as err:
    print('caught:', type(err).__name__, err.consumed)
