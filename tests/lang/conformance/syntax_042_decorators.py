# Decorators: plain, stacked (applied bottom-up), on methods.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
def exclaim(func):
    def wrapper(*args):
        return func(*args) + "?"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("ann"))
print(hello.__name__)
@shout
@exclaim
def hi():
    return "hi"
@exclaim
@shout
def hey():
    return "hey"
print(hi(), hey())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def a(): pass
@register
def b(): pass
print(registry, a is not None)
def trace(method):
    def wrapper(self, *args):
        print("calling", method.__name__, args)
        return method(self, *args)
    return wrapper
class Calc:
    @trace
    def add(self, x, y):
        return x + y
print(Calc().add(2, 3))
