# and / or return an operand; not returns a bool; short-circuiting.
print(0 or "default", "" or None, [] or [0], "x" or "y")
print(1 and 2, 0 and 2, "a" and "", None and 1)
print(not 0, not [], not "x", not None)
print(1 and 2 or 3, 0 and 2 or 3, 0 or 0 and 1)
log = []
def t(name, value):
    log.append(name)
    return value
r = t("a", False) and t("b", True)
print(r, log)
log.clear()
r = t("a", True) or t("b", True)
print(r, log)
log.clear()
r = t("a", 0) or t("b", "") or t("c", "last")
print(r, log)
print(not 1 == 2, (not 1) == 2)
print(True and not False, not (True and False))
name = None
print(name or "anonymous")
print(type(1 and 2.5).__name__)
print(all([]) or any([]), bool(0.0) or bool(-0.0))
