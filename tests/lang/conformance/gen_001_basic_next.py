# A generator function runs lazily, pausing at each yield.
def numbers():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
g = numbers()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(numbers()))
for n in numbers():
    print("loop got", n)
def squares(limit):
    n = 0
    while n < limit:
        yield n * n
        n += 1
print(list(squares(5)), sum(squares(4)), max(squares(3)))
print(next(squares(0), "empty"))
