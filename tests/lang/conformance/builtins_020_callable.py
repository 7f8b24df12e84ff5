# callable() on functions, classes, instances with and without __call__, builtins.
class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
def f(): pass
cases = [("function", f), ("lambda", lambda: 0), ("print", print), ("len", len),
         ("int", int), ("class", Without), ("instance", Without()),
         ("instance with __call__", WithCall()), ("class with __call__", WithCall),
         ("str", "text"), ("int value", 5), ("None", None), ("bound builtin", [].append),
         ("str.upper", str.upper), ("generator", (x for x in [])), ("callable", callable)]
for label, obj in cases:
    print(label, callable(obj))
w = WithCall()
print(w(), callable(w.__call__))
obj = Without()
obj.method = f
print(callable(obj.method), callable(obj))
try:
    Without()()
except TypeError as e:
    print("TypeError:", e)
try:
    value = "text"
    value()
except TypeError as e:
    print("TypeError:", e)
