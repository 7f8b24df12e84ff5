# Defaults are evaluated once, when the def statement runs.
counter = 0
def next_id():
    global counter
    counter += 1
    print("next_id called")
    return counter

def make(x, ident=next_id()):
    return (x, ident)

print("defined")
print(make("a"), make("b"), make("c", 99))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

limit = 10
def check(v, limit=limit):
    return v < limit
limit = 0
print(check(5))

funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
