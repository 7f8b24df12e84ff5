# Comparison operators and chaining (each operand evaluated at most once).
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True)
print(1 < 2 > 0, 1 != 2 != 1, 0 <= 0 < 1 <= 1)
print("a" < "b" < "ba", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print(2 == 2.0, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
nan = float("nan")
print(nan < 1, nan > 1, nan != nan, 1 < float("inf"))
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6)
print(1 < 2 == True)
print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {3})
print(None == None, None == 0, [] == [], [] == ())
