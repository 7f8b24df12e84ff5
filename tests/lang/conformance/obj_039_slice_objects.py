# slice objects, indices(), and __getitem__ receiving slices.
s = slice(2, 10, 3)
print(s, repr(slice(5)), slice(None, None, -1), slice(1, None))
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop)
data = list(range(20))
print(data[s], "abcdefghijkl"[s])
print(s.indices(8), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(-100, 100).indices(6), slice(None, None, 2).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::2], r[1:2, 3], r[..., 0], r[:])
print(r["k"], r[-1:], r[::-1])
def take(seq, sl):
    return seq[sl]
print(take("python", slice(1, 4)), take((1, 2, 3, 4), slice(None, None, -2)))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
