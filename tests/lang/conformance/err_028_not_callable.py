# Uncaught TypeError: calling an int (a name shadowed by a value).
def total(values):
    return sum(values)

print(total([1, 2, 3]))
total = total([4, 5])
print("total is now", total)
print(callable(total))
print(total([6]))
print("never printed")
