# random.uniform, including reversed bounds.
import random
random.seed(500)
print([random.uniform(0, 1) for _ in range(3)])
random.seed(501)
print([random.uniform(10, 20) for _ in range(3)])
random.seed(502)
print([random.uniform(5, -5) for _ in range(3)])
random.seed(503)
print([round(random.uniform(-1, 1), 4) for _ in range(6)])
random.seed(504)
print(random.uniform(3, 3), random.uniform(0, 1e-9))
random.seed(505)
temps = [round(random.uniform(18.0, 25.0), 1) for _ in range(7)]
print(temps, max(temps), min(temps))
