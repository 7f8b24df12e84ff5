# reversed on list, tuple, range, str, dict, and classes with __reversed__ or __getitem__.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(4))))
print("".join(reversed("hello")), list(reversed("")))
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
print(list(reversed(range(0, 10, 3))), list(reversed(range(5, 0, -2))))
r = reversed([10, 20, 30])
print(next(r), list(r), list(r))
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __reversed__(self):
        print("custom __reversed__")
        return iter(self.cards[::-1])
print(list(reversed(Deck())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
for bad in ({1, 2}, 5, (x for x in "ab")):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
lst = [1, 2, 3]
for x in reversed(lst):
    print(x, end=" ")
print()
