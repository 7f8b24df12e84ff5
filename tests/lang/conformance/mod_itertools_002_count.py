# itertools.count with start and step, including floats and negative steps.
from itertools import count, islice
print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(5, 3), 4)))
print(list(islice(count(10, -2), 4)))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(1, 0.1), 4)))
c = count(100)
print(next(c), next(c), next(c))
print(list(zip("abc", count(1))))
for i in count():
    if i * i > 50:
        print("first square above 50 from", i)
        break
ids = count(1)
records = [{"name": n, "id": next(ids)} for n in ["a", "b", "c"]]
print(records)
print(list(islice(count(2 ** 40, 2 ** 40), 3)))
