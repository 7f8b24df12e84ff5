# random.randrange with stop, start/stop and step.
import random
random.seed(10)
print([random.randrange(10) for _ in range(10)])
random.seed(11)
print([random.randrange(5, 15) for _ in range(10)])
random.seed(12)
print([random.randrange(0, 100, 5) for _ in range(10)])
random.seed(13)
print([random.randrange(10, 0, -3) for _ in range(10)])
random.seed(14)
print([random.randrange(-50, 50, 7) for _ in range(6)])
random.seed(15)
print(random.randrange(1), random.randrange(2 ** 31), random.randrange(3, 2 ** 50, 3))
for args in [(0,), (5, 5), (0, 10, 0)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError:", e)
