# Uncaught AttributeError on a built-in type.
values = [1, 2, 3]
total = sum(values)
print("total:", total)
print("real part:", total.real)
print("bit length:", total.bit_length())
print("has foo:", hasattr(total, "foo"))
print("getattr default:", getattr(total, "foo", None))
print(total.foo)
print("never printed")
