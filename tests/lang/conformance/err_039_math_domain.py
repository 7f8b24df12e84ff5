# Uncaught ValueError from the math module.
import math

for v in [16, 2, 0]:
    print(v, math.sqrt(v))
values = [4, -1]
for v in values:
    print("sqrt of", v)
    print(math.sqrt(v))
print("never printed")
