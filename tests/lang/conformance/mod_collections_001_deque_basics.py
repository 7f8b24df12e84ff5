# collections.deque: append/appendleft, pop/popleft, extend/extendleft.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
print(d[0], d[-1], d[2], 3 in d, 99 in d)
d[0] = "first"
print(d, d.count(5), d.index(5))
d.remove(5)
print(d)
d.clear()
print(d, bool(d), deque(), deque("abc"), deque(range(3)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
q = deque()
for task in ["a", "b", "c"]:
    q.append(task)
while q:
    print("processing", q.popleft(), "remaining", list(q))
