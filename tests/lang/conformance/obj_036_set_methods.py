# add, discard, remove, pop, clear, update family.
s = {1, 2}
s.add(3); s.add(2)
print(s)
s.discard(10); s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s.update([4, 5], {6})
print(s, len(s))
s.intersection_update({3, 4, 5, 7})
print(s)
s.difference_update({3})
print(s)
s.symmetric_difference_update({5, 8})
print(s)
print(s.pop() in {4, 8}, len(s))
s.clear()
print(s, bool(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
