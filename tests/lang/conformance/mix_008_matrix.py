# Matrix helpers with lists: transpose, multiply, identity, determinant, pretty print.
def transpose(m):
    return [list(row) for row in zip(*m)]
def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("[" + " ".join(str(v).rjust(w) for v in row) + "]")
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(transpose(a))
show(matmul(a, b))
print(matmul(identity(2), transpose(b)) == transpose(b), matmul(b, identity(2)) == b)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(m), det(identity(4)), det([[1, 2], [2, 4]]))
p = identity(2)
fibm = [[1, 1], [1, 0]]
for _ in range(10):
    p = matmul(p, fibm)
print(p)
print([[round(v / 3, 3) for v in row] for row in a])
