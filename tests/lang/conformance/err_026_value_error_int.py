# Uncaught ValueError from int().
lines = ["12", "7", "forty"]
total = 0
for line in lines:
    print("parsing", repr(line))
    value = int(line)
    total += value
    print("running total", total)
print(total)
print("never printed")
