# random.choice on lists, strings, tuples and ranges.
import random
random.seed(100)
colors = ["red", "green", "blue", "yellow"]
print([random.choice(colors) for _ in range(8)])
random.seed(101)
print("".join(random.choice("abcdefghij") for _ in range(12)))
random.seed(102)
print([random.choice(range(1000)) for _ in range(5)])
random.seed(103)
print(random.choice((True, False)), random.choice([42]), random.choice("x"))
random.seed(104)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
hand = [random.choice(deck) for _ in range(5)]
print(hand)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
