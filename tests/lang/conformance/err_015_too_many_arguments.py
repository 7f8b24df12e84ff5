# Uncaught TypeError: too many positional arguments.
def square(x):
    return x * x

print(square(4))
print(list(map(square, range(4))))
args = (2, 3)
print("calling square with", len(args), "arguments")
print(square(*args))
print("never printed")
