# functools.wraps copies __name__, __doc__, __qualname__ and sets __wrapped__.
from functools import wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper
def unwrapped(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
@unwrapped
def sub(a, b):
    """Subtract."""
    return a - b
print(add(2, 3))
print(add.__name__, add.__doc__, add.__qualname__)
print(sub.__name__, sub.__doc__, sub.__qualname__)
print(add.__wrapped__(10, 5), hasattr(sub, "__wrapped__"))
def counted(func):
    @wraps(func)
    def wrapper(*a):
        wrapper.calls += 1
        return func(*a)
    wrapper.calls = 0
    return wrapper
@counted
def hello():
    "Say hello."
    return "hello"
hello(); hello()
print(hello.calls, hello.__name__, hello.__doc__)
class Service:
    def __repr__(self):
        return "Service()"
    @logged
    def run(self, n):
        return n * 2
print(Service().run(4), Service.run.__qualname__)
