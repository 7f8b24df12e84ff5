# __getattr__ is a fallback for missing attributes; __setattr__ intercepts all sets.
class Config:
    def __init__(self, **values):
        self._values = values
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config(host="localhost", port=8080)
print(c.host, c.port, getattr(c, "debug", False), hasattr(c, "host"))
try:
    c.timeout
except AttributeError as e:
    print("AttributeError:", e)
class Tracked:
    def __init__(self):
        self.changes = []
        self.x = 1
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)
t = Tracked()
t.x = 2
t.y = "new"
setattr(t, "z", None)
print(t.changes, t.x, t.y)
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.target, p.count(1))
