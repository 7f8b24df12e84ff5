# random.shuffle shuffles in place and returns None.
import random
random.seed(300)
items = list(range(10))
result = random.shuffle(items)
print(items, result)
random.seed(301)
cards = ["A", "K", "Q", "J", "10"]
random.shuffle(cards)
print(cards)
random.shuffle(cards)
print(cards)
random.seed(302)
letters = list("abcdefgh")
random.shuffle(letters)
print("".join(letters), sorted(letters) == list("abcdefgh"))
random.seed(303)
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
random.seed(304)
big = list(range(50))
random.shuffle(big)
print(big[:10], sum(big))
