# Comprehension variables do not leak; class bodies are not enclosing scopes.
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
class C:
    factor = 3
    values = [1, 2, 3]
    first = [v for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = str(e)
print(C.first)
print(C.scaled)
i = "unchanged"
gen = (i for i in range(2))
print(list(gen), i)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
print({k: k for k in "ab"}, "k" in dir())
