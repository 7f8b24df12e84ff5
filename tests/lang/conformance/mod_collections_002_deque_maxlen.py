# deque(maxlen=n) discards items from the opposite end when full.
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
print(d.maxlen, len(d))
d.appendleft("L")
print(d)
d.extend("xy")
print(d)
d.extendleft([7, 8])
print(d)
print(deque(range(10), maxlen=4), deque(maxlen=0), deque([1, 2]).maxlen)
def tail(lines, n):
    return list(deque(lines, maxlen=n))
print(tail(["l1", "l2", "l3", "l4", "l5"], 2))
recent = deque(maxlen=3)
for page in ["home", "about", "blog", "post", "home"]:
    recent.append(page)
print(list(recent), recent.count("home"))
history = deque(maxlen=2)
history.append(1)
print(history, len(history))
