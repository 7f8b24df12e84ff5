# break and continue only affect the innermost loop.
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        print(i, j)
    if i == 2:
        print("outer break")
        break
result = []
for row in [[1, -2, 3], [4, 0, 5], [-1, 7]]:
    total = 0
    for v in row:
        if v < 0:
            continue
        if v == 0:
            break
        total += v
    result.append(total)
print(result)
n = 0
while n < 10:
    n += 1
    for k in range(n):
        if k == 2:
            break
    else:
        continue
    print("inner broke at n =", n)
    if n >= 4:
        break
