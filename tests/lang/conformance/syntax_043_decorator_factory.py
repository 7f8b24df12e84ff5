# Decorators with arguments and class decorators.
def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return f"ping {x}"
print(ping(1))
def tag(name):
    def deco(func):
        func.tag = name
        return func
    return deco
@tag("fast")
def work():
    return "worked"
print(work(), work.tag)
def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
@add_greeting
class Robot:
    pass
print(Robot().greet())
calls = []
def logged(prefix):
    calls.append("factory " + prefix)
    def deco(f):
        calls.append("decorate " + f.__name__)
        return f
    return deco
@logged("x")
@logged("y")
def target():
    pass
print(calls)
