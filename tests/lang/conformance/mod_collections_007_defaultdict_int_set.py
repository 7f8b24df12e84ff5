# defaultdict(int), defaultdict(set) and a lambda factory.
from collections import defaultdict
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(counts["l"], counts["z"], len(counts))
tags = defaultdict(set)
for post, tag in [(1, "py"), (2, "js"), (1, "web"), (1, "py")]:
    tags[post].add(tag)
print({k: sorted(v) for k, v in tags.items()})
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
const = defaultdict(lambda: "unknown")
const["known"] = "yes"
print(const["known"], const["other"], dict(const))
totals = defaultdict(float)
for item, price in [("a", 1.5), ("b", 2.25), ("a", 0.5)]:
    totals[item] += price
print(dict(totals))
copy = counts.copy()
print(type(copy).__name__, copy == counts, copy.default_factory is int)
