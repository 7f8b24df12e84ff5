# defaultdict(list) for grouping.
from collections import defaultdict
words = ["apple", "bat", "bar", "atom", "book", "cat", "ant"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), by_letter["a"], len(by_letter))
print(by_letter["z"], len(by_letter), "z" in by_letter)
print(by_letter.get("q"), "q" in by_letter)
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
    graph[b]
print(dict(graph))
print(type(by_letter).__name__, isinstance(by_letter, dict), by_letter.default_factory)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
index = defaultdict(list)
for lineno, line in enumerate(["a b", "b c", "a"], 1):
    for word in line.split():
        index[word].append(lineno)
print(sorted(index.items()))
