# Uncaught TypeError: str + int.
name = "order-"
number = 42
print(name + str(number))
print("%s%d" % (name, number))
print(name * 2)
print(f"{name}{number:04d}")
ident = name + number
print(ident)
print("never printed")
