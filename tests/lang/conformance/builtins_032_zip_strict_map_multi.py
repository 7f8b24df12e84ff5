# zip(strict=True), map over several iterables, enumerate start, filter(None), sorted keys.
print(list(zip([1, 2], "ab", strict=True)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", (9,))]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip()), list(zip([1, 2, 3])), list(zip("abc", range(10))))
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda *xs: sum(xs), [1], [2], [3])))
print(list(enumerate("abc", start=10)), list(enumerate([], 3)))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
words = ["pear", "Fig", "apple", "kiwi", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=lambda w: w[-1]), max([], default="none"))
print(sum([[1], [2, 3]], []), sum(range(5), start=100), sum([0.1] * 10))
pairs = dict(zip("abc", range(3)))
print(pairs, list(zip(*pairs.items())))
print(list(map(str.upper, filter(lambda w: len(w) == 4, words))))
print(any(x > 3 for x in range(5)), all([]), any([]), all(x for x in [1, 0]))
nested = [[3, 1], [2], []]
print(sorted(nested), sorted(nested, key=len), list(map(len, nested)))
print(list(reversed(list(enumerate("xy")))), dict(enumerate("ab", 1)))
