# Keyword-only parameters after * or *args.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"))
print(connect("b", port=443, secure=True))
print(connect(secure=True, host="c"))
try:
    connect("d", 8080)
except TypeError as e:
    print("TypeError:", e)
def need(*, key):
    return key
print(need(key="k"))
try:
    need()
except TypeError as e:
    print("TypeError:", e)
def mixed(a, *items, sep=", ", end="."):
    return sep.join(str(i) for i in (a,) + items) + end
print(mixed(1, 2, 3))
print(mixed(1, 2, sep="-", end="!"))
print(connect.__kwdefaults__)
def two(*, a, b=2):
    return a + b
print(two(a=1), two(b=5, a=1))
