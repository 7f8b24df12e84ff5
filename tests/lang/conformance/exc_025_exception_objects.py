# Exceptions are ordinary objects: stored, compared, raised again, attributes added.
errors = []
for text in ["1", "two", "3", "four"]:
    try:
        int(text)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
e = errors[0]
print(type(e).__name__, e.args, e == errors[0], e == errors[1], e is errors[0])
e.note = "extra attribute"
print(e.note)
print(e.__traceback__ is not None, ValueError("new").__traceback__)
try:
    raise e
except ValueError as again:
    print(again is e)
class Err(Exception):
    def __eq__(self, other):
        return isinstance(other, Err) and self.args == other.args
    __hash__ = Exception.__hash__
print(Err(1) == Err(1), Err(1) == Err(2), ValueError(1) == ValueError(1))
print(isinstance(ValueError, type), isinstance(ValueError(), BaseException))
ex = KeyError("k")
print(ex.args[0], str(ex), repr(ex), f"{ex}", "%s" % ex)
print([type(x).__name__ for x in (Exception("a"), TypeError(), NameError("n"))])
