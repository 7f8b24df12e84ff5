# type() of every built-in kind of object, printed by name and by repr.
def gen():
    yield 1
async def coro():
    return 1
class K:
    def m(self):
        pass
c = coro()
objects = [None, True, 1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), range(1),
           slice(1), len, gen, gen(), c, K, K(), K().m, print, type, object(),
           ValueError("x"), iter([]), zip(), map(str, []), filter(None, []),
           enumerate([]), reversed([]), {}.keys(), {}.items(), ...]
for obj in objects:
    print(type(obj).__name__, type(obj))
c.close()
print(type(int), type(K), type(ValueError))
import math
print(type(math), type(math.sqrt).__name__)
