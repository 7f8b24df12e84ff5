# list.sort and sorted: key, reverse, stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
records = [{"name": "x", "age": 30}, {"name": "y", "age": 25}, {"name": "z", "age": 30}]
print([r["name"] for r in sorted(records, key=lambda r: r["age"])])
print(sorted([3.5, 1, 2.25, -1, True]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}))
result = nums.sort()
print(result)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([], reverse=True))
