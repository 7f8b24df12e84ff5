# random.randint over several ranges.
import random
random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
random.seed(2)
print([random.randint(0, 1) for _ in range(20)])
random.seed(3)
print([random.randint(-100, 100) for _ in range(8)])
random.seed(4)
print([random.randint(0, 10 ** 9) for _ in range(4)])
random.seed(5)
print([random.randint(5, 5) for _ in range(3)])
random.seed(6)
print(random.randint(0, 2 ** 40), random.randint(1, 2 ** 62))
random.seed(7)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
try:
    random.randint(10, 1)
except ValueError as e:
    print("ValueError:", e)
