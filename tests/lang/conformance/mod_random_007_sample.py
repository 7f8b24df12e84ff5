# random.sample without replacement from ranges, lists and strings.
import random
random.seed(400)
print(random.sample(range(100), 5))
random.seed(401)
print(random.sample(["a", "b", "c", "d", "e"], 3))
random.seed(402)
print(random.sample("abcdefghij", 4), random.sample([1, 2, 3], 0))
random.seed(403)
print(sorted(random.sample(range(1, 50), 6)))
random.seed(404)
pop = list(range(10))
s = random.sample(pop, 10)
print(s, sorted(s) == pop)
random.seed(405)
print(random.sample(range(10 ** 6), 3))
random.seed(406)
print(random.sample(("x", "y"), 2), random.sample(range(2000), 4))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
