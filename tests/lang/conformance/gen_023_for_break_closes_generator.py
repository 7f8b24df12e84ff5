# A generator made in a `for` header is closed the moment the loop lets go of it.
def numbers(tag, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", tag)
for x in numbers("break"):
    print("got", x)
    break
print("after break")
def first_positive(tag):
    for x in numbers(tag):
        if x > 0:
            return x
print("returned", first_positive("return"))
def fails():
    for x in numbers("raise"):
        raise ValueError("stop at %d" % x)
try:
    fails()
except ValueError as e:
    print("caught", e)
for round_ in range(2):
    for x in numbers("inner %d" % round_):
        if x == 1:
            break
    print("round", round_, "done")
for y in (x * 10 for x in numbers("genexp")):
    print("y", y)
    break
print("after genexp")
for x in numbers("exhausted", 2):
    print("all", x)
print("no close after exhaustion")
def pipeline(tag):
    try:
        for x in numbers(tag + " source"):
            yield x * x
    finally:
        print("  finally", tag)
for sq in pipeline("pipe"):
    if sq >= 1:
        break
print("pipeline done")
while True:
    for x in numbers("while"):
        break
    break
print("end")
