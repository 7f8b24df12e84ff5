# Explicit line joining with a backslash.
a = 1 + \
    2 + \
    3
print(a)
if a > 5 and \
   a < 10:
    print("in range")
s = "abc" \
    "def"
print(s)
x = 10; y = \
20
print(x + y)
long_name = [1, 2, 3]
result = sum(long_name) \
    * 2
print(result)
# a backslash inside a string is not a continuation
print("back\\slash")
msg = 'multi\
line'
print(msg)
def g():
    return \
        "returned"
print(g())
assert a == 6, \
    "never fails"
print("done")
