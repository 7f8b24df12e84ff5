# random.choices with weights, cum_weights and k.
import random
random.seed(200)
print(random.choices("abc", k=10))
random.seed(201)
print(random.choices(["win", "lose"], weights=[1, 9], k=10))
random.seed(202)
print(random.choices(range(5), cum_weights=[10, 20, 30, 90, 100], k=8))
random.seed(203)
print(random.choices([1, 2, 3]), random.choices("xy", k=0))
random.seed(204)
tally = {"a": 0, "b": 0, "c": 0}
for pick in random.choices("abc", weights=[5, 3, 2], k=1000):
    tally[pick] += 1
print(tally)
random.seed(205)
print(random.choices(["only"], k=3), random.choices("ab", weights=[0, 1], k=4))
random.seed(206)
print(random.choices([10, 20, 30], weights=[0.2, 0.5, 0.3], k=6))
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print("ValueError:", e)
