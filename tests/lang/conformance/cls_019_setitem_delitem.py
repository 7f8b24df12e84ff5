# __setitem__, __delitem__ and __getitem__ for a mapping-like class.
class Registry:
    def __init__(self):
        self._data = {}
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(f"set {key}")
        self._data[key.lower()] = value
    def __getitem__(self, key):
        return self._data[key.lower()]
    def __delitem__(self, key):
        self.log.append(f"del {key}")
        del self._data[key.lower()]
    def __len__(self):
        return len(self._data)
    def __contains__(self, key):
        return key.lower() in self._data
r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
r["alpha"] += 10
print(r["ALPHA"], r["beta"], len(r), "Beta" in r)
del r["Beta"]
print(len(r), "beta" in r, r.log)
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
g = Grid()
g[0, 1] = "#"
g[2, 2] = "@"
for y in range(3):
    print("".join(g[x, y] for x in range(3)))
