# Interleaving every random function on one seeded generator.
import random
random.seed(2024)
print(random.random())
print(random.randint(1, 100))
print(random.randrange(0, 50, 5))
print(random.choice("abcdef"))
print(random.choices([1, 2, 3], weights=[3, 2, 1], k=4))
deck = list(range(8))
random.shuffle(deck)
print(deck)
print(random.sample(range(20), 3))
print(random.uniform(1, 2))
print(random.random())
random.seed(2024)
replay = [random.random(), random.randint(1, 100)]
print(replay)
