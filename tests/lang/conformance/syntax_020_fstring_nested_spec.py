# Nested replacement fields inside the format spec.
width = 12
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'mid':{'*'}^{width}}]")
for w in (4, 6, 8):
    print(f"[{42:{w}d}] [{42:0{w}d}]")
align = "<"
print(f"[{'x':{align}5}]")
fmt = ".2f"
print(f"{value:{fmt}}")
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 100.0)]
col = max(len(name) for name, _ in rows)
for name, price in rows:
    print(f"{name:<{col}} | {price:>{width - 4}.{prec - 1}f}")
print("{:{}.{}f}".format(value, width, prec))
print("{0:{fill}{align}{w}}".format("z", fill="-", align=">", w=6))
