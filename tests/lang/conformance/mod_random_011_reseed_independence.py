# Re-seeding restarts the stream; different seeds give different streams.
import random
def draw(seed):
    random.seed(seed)
    return [random.randint(0, 99) for _ in range(6)]
a = draw(1)
b = draw(2)
c = draw(1)
print(a)
print(b)
print(a == c, a == b)
random.seed(0)
first = random.random()
_ = [random.random() for _ in range(100)]
random.seed(0)
print(first == random.random())
random.seed(123456789)
print(random.randrange(1000000), random.random())
random.seed(0)
x = random.sample(range(10), 10)
random.seed(0)
y = list(range(10))
random.shuffle(y)
print(x)
print(y)
