# __getitem__ gives indexing, slicing, iteration (old protocol) and `in`.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.n))]
        if index < 0:
            index += self.n
        if not 0 <= index < self.n:
            raise IndexError("Squares index out of range")
        return index * index
sq = Squares(6)
print(sq[0], sq[5], sq[-1], sq[1:4], sq[::-2])
print(list(sq), [x for x in sq if x % 2])
print(16 in sq, 17 in sq, sum(sq), max(sq))
print(list(reversed(sq)))
a, b, *rest = sq
print(a, b, rest)
try:
    sq[10]
except IndexError as e:
    print("IndexError:", e)
class Letters:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(Letters()), "b" in Letters(), "".join(Letters()))
print(list(enumerate(Letters())), sorted(Letters(), reverse=True))
