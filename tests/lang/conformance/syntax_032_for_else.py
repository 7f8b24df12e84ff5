# for loops over sequences and iterators, with else.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(2, 12):
    for d in range(2, i):
        if i % d == 0:
            print(i, "=", d, "*", i // d)
            break
    else:
        print(i, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for k in {"b": 1, "a": 2}:
    print(k)
for i in range(3):
    pass
print("i after loop:", i)
it = iter([1, 2, 3, 4])
for a in it:
    b = next(it)
    print(a, b)
for i in range(5, 0, -2):
    print(i, end=",")
print()
