# Bare raise re-raises the current exception; raise in nested functions.
def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper(-1)
except ValueError as e:
    print("outer got:", e)
print(wrapper(3))
def convert():
    try:
        risky(-5)
    except ValueError as e:
        raise RuntimeError("converted") from e
try:
    convert()
except RuntimeError as e:
    print(e, "<-", e.__cause__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
