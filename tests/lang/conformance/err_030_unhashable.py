# Uncaught TypeError: a list used as a dict key.
seen = {}
points = [(0, 0), (1, 2), [3, 4]]
for p in points:
    print("visiting", p)
    seen[p] = True
    print("seen so far", len(seen))
print(seen)
print("never printed")
# a tuple would have worked: seen[tuple(p)] = True
