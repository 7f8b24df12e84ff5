# Uncaught TypeError: a required positional argument is missing.
def greet(greeting, name):
    return f"{greeting}, {name}!"

def shout(x):
    return x.upper()

print(greet("Hello", "Ann"))
print(shout("quiet"))
print(shout())
print("never printed")
