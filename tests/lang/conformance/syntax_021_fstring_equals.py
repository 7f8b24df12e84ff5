# The self-documenting f-string: f"{expr=}".
x = 10
name = "tulip"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{x=!s}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x * 2 + 1=}")
print(f"{items[1]=}, {len(items)=}")
print(f"{3.5=:.2f}")
print(f"{name.upper()=}")
print(f"{x=}{x=}")
print(f"{ x = }")
print(f"{None=}, {True=}")
