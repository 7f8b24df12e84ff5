# Uncaught UnboundLocalError: assigning to a global name inside a function makes it local.
total = 0

def add(n):
    total += n
    return total

print("starting with", total)
add(5)
print("never printed")
