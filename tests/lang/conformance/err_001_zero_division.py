# Uncaught ZeroDivisionError from true division; stdout before it must still appear.
def average(values):
    total = sum(values)
    return total / len(values)
print("average of [2, 4]:", average([2, 4]))
print("average of [1]:", average([1]))
data = {"a": [1, 2, 3], "b": []}
for key, values in data.items():
    print("computing", key)
    print(key, average(values))
print("never printed")
