# StopIteration escaping a generator becomes RuntimeError (PEP 479).
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))

gen = first_items(["abc", [1, 2], []])
print(next(gen))
print(next(gen))
print(next(gen))
print("never printed")
