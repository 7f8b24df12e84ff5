# Uncaught IndexError from a tuple.
def third(t):
    return t[2]

point3d = (1, 2, 3)
point2d = (4, 5)
print("z of 3d:", third(point3d))
print("len of 2d:", len(point2d))
print("z of 2d:")
print(third(point2d))
print("never printed")
