# The `as` name is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def keep():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
s = keep()
print(type(s).__name__, s, s.args)
def shadow():
    exc = "local"
    try:
        raise KeyError("k")
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(shadow())
