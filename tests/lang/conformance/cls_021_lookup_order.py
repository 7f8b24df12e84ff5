# Attribute lookup: instance dict, then class, then base classes.
class A:
    x = "A.x"
    def who(self):
        return "A.who"
class B(A):
    y = "B.y"
b = B()
print(b.x, b.y, b.who())
b.x = "instance x"
print(b.x, B.x, A.x)
A.x = "changed A.x"
del b.x
print(b.x)
b.who = lambda: "instance lambda"
print(b.who(), B().who())
B.who = lambda self: "B.who patched"
print(B().who(), A().who())
def extra(self):
    return f"extra on {type(self).__name__}"
A.extra = extra
print(B().extra(), A().extra())
print("x" in vars(A), "x" in vars(B), "y" in vars(B))
class C(B):
    x = "C.x"
print(C().x, C().y, C().who(), [k.__name__ for k in C.__mro__])
