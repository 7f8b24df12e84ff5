# Uncaught RecursionError from a recursion with no base case.
def countdown(n):
    if n % 100 == 0:
        print("at", n)
    return countdown(n - 1)

print("start")
countdown(300)
print("never printed")
# (the traceback's repeated-lines note depends on the limit; only the last line is compared)
