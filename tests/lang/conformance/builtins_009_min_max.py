# min and max: several arguments, iterables, key=, default=, ties.
print(max(3, 7, 5), min(3, 7, 5), max([4, 9, 2]), min("hello"), max("abc", "b"))
print(max([], default="empty"), min((), default=None), max([1], default=99))
words = ["kiwi", "banana", "fig", "apple", "cherry"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([0, False]), min([False, 0]))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), max({"x": 1, "y": 2}.values()))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(max(pairs), min(pairs), max(pairs, key=lambda p: p[0]))
print(max(range(10), key=lambda n: n % 4), min(-3, 2, key=abs))
print(max(float("-inf"), -1e308), min(float("inf"), 1e308))
print(max("apple", "Apple", "APPLE"), min([[1, 2], [1], [0, 5]]))
for args in [([],), ((),)]:
    try:
        max(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
