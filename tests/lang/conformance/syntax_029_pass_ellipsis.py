# pass and ... as placeholder bodies.
def todo():
    pass

def later():
    ...

class Empty:
    pass

class AlsoEmpty:
    ...

print(todo(), later())
print(type(Empty()).__name__, type(AlsoEmpty()).__name__)
print(...)
print(Ellipsis is ..., repr(...))
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
