# itertools.cycle consumed through islice, zip and next.
from itertools import cycle, islice
print(list(islice(cycle("abc"), 7)))
print(list(islice(cycle([1, 2]), 0)))
print(list(islice(cycle([]), 5)))
colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(4)])
print(list(zip(range(5), cycle("xy"))))
calls = []
def source():
    for c in "ab":
        calls.append(c)
        yield c
cy = cycle(source())
print(list(islice(cy, 5)), calls)
spinner = cycle(r"\|/-")
print("".join(next(spinner) for _ in range(10)))
turns = cycle(["ann", "bob"])
for move in ["e4", "e5", "Nf3"]:
    print(next(turns), "plays", move)
