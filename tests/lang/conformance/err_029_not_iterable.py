# Uncaught TypeError: iterating over an int.
def squares(values):
    return [v * v for v in values]

print(squares([1, 2, 3]))
print(squares(range(3)))
print(squares(()))
count = 5
print(squares(count))
print("never printed")
