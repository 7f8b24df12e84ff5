# global declarations rebind module-level names.
count = 0
def inc():
    global count
    count += 1
    return count
inc(); inc()
print(count)
def create():
    global created
    created = "made inside"
create()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x.upper()
print(read_only())
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
total = 0
for n in range(5):
    total += n
print(total)
def nested():
    def inner():
        global total
        total = -1
    inner()
nested()
print(total)
