# range() as used in loops: one, two and three arguments, negatives, empty ranges.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(-5)), list(range(-5, 0)), list(range(0, -5, -1)), list(range(3, 3)))
print(list(range(1, 2, 10)), list(range(10, 1, 10)))
for i in range(3):
    print("i", i)
for i in range(10, 4, -2):
    print("j", i)
n = 0
for _ in range(1000):
    n += 1
print(n)
print(range(5)[-1], range(1, 10, 2)[2], len(range(-10, 10, 7)))
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
print(list(range(True, 3)), list(range(int("3"))))
