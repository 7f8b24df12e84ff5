# OrderedDict: move_to_end, popitem(last=...), order-sensitive equality.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od)
print(od.popitem(last=False), od)
x = OrderedDict([("k1", 1), ("k2", 2)])
y = OrderedDict([("k2", 2), ("k1", 1)])
print(x == y, dict(x) == dict(y), x == dict(y))
try:
    x.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            print("evict", self.data.popitem(last=False))
cache = LRU(2)
cache.put("a", 1); cache.put("b", 2); cache.get("a"); cache.put("c", 3)
print(list(cache.data.items()))
