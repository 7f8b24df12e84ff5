# __lt__ is enough for sorted, min, max and list.sort.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"V{self.text}"
vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
vs.sort()
print(vs)
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
try:
    Version("1.0") <= Version("1.1")
except TypeError as e:
    print("TypeError:", e)
class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return self.name
tasks = [Task(2, "b1"), Task(1, "a"), Task(2, "b2"), Task(0, "z"), Task(2, "b3")]
print(sorted(tasks), max(tasks), min(tasks))
