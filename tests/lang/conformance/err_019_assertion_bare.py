# Uncaught AssertionError without a message: the last line is just the class name.
items = [3, 1, 2]
items.sort()
assert items == [1, 2, 3]
print("sorted ok", items)
items.append(0)
print("appended", items)
assert len(items) == 4
assert items == sorted(items)
print("never printed")
