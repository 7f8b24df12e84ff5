# itertools.islice with stop, start/stop, step and None.
from itertools import islice
data = "abcdefghij"
print(list(islice(data, 4)))
print(list(islice(data, 2, 5)))
print(list(islice(data, 1, None, 3)))
print(list(islice(data, None)))
print(list(islice(data, 0, 10, 4)))
print(list(islice(data, 20)), list(islice(data, 8, 3)))
print(list(islice(range(100), 95, None)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
def noisy():
    for i in range(5):
        print("produce", i)
        yield i
print(list(islice(noisy(), 1, 3)))
for bad in [(-1,), (0, -1), (0, 5, 0)]:
    try:
        islice(data, *bad)
    except ValueError as e:
        print("ValueError:", e)
lines = ["header", "r1", "r2", "r3", "footer"]
print(list(islice(lines, 1, len(lines) - 1)))
