# Uncaught exception with two arguments: the message is the repr of the args tuple.
def check(code, detail):
    if code != 200:
        raise ValueError("bad response", code)
    return detail

print(check(200, "ok"))
print(check(200, "still ok"))
print(check(500, "server"))
print("never printed")
