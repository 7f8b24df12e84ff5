# Function definitions with default values, returns and docstrings.
def greet(name, greeting="Hello", punct="!"):
    """Return a greeting."""
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
print(greet.__name__, greet.__doc__)
print(greet.__defaults__)
def nothing():
    pass
print(nothing())
def early(x):
    if x:
        return
    return "fell through"
print(early(1), early(0))
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__)
def f(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(f(1), f(2), f(3, [0]))
