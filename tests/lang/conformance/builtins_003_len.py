# len() of every sized built-in type and of user classes.
print(len(""), len("abc"), len("日本語"), len(b"\x00\x01"), len([1, [2, 3]]))
print(len(()), len((1,)), len({}), len({"a": 1, "b": 2}), len(set()), len({1, 1, 2}))
print(len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len({}.keys()), len({"a": 1}.items()), len({"a": 1}.values()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in (5, 3.5, None, (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
print(len("a\nb"), len("\\n"), len(r"\n"), len("\t"))
print(len([None] * 5), len("ab" * 3), len(list(range(100))))
