# raise X from Y sets __cause__ and __suppress_context__.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad setting {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress_context:", e.__suppress_context__)
try:
    raise RuntimeError("outer") from KeyError("explicit")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
plain = ValueError("fresh")
print(plain.__cause__, plain.__context__, plain.__suppress_context__)
try:
    raise TypeError("t") from ValueError
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
