# Conditional expressions (x if c else y), nesting and laziness.
for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
def boom():
    raise RuntimeError("should not be evaluated")
print("safe" if True else boom())
print(boom() if False else "also safe")
x = 7
print((x if x > 5 else 0) + 1)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
label = "many" if len([1, 2, 3]) > 2 else "few"
print(label)
f = (lambda: "a") if x else (lambda: "b")
print(f())
print(1 if [] else 2, 1 if [0] else 2)
print("x" + ("y" if x else "z"))
