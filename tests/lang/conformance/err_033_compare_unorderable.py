# Uncaught TypeError: sorting values that cannot be compared.
mixed = [3, 1, 2]
print(sorted(mixed))
print(sorted(mixed, reverse=True))
mixed.append("10")
print("now", mixed)
print(sorted(mixed, key=str))
print(sorted(mixed))
print("never printed")
# compare with key=str to sort mixed types safely
