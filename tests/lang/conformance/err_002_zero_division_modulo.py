# Uncaught ZeroDivisionError from integer modulo.
def is_multiple(n, k):
    return n % k == 0

checks = [(10, 5), (7, 2), (9, 3), (4, 0)]
passed = 0
for n, k in checks:
    result = is_multiple(n, k)
    passed += result
    print(n, k, result, "passed so far:", passed)
print("never printed")
