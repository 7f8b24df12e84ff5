# A seeded dice game simulation: results must be reproducible.
import random
def play(seed, rounds=5):
    random.seed(seed)
    scores = {"ann": 0, "bob": 0}
    for r in range(1, rounds + 1):
        rolls = {p: (random.randint(1, 6), random.randint(1, 6)) for p in scores}
        for p, (a, b) in rolls.items():
            scores[p] += a + b + (10 if a == b else 0)
        print(f"round {r}: " + ", ".join(f"{p}={a}+{b}" for p, (a, b) in rolls.items()))
    return scores
print(play(7))
print(play(8, rounds=3))
random.seed(9)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
random.seed(10)
print(sum(1 for _ in range(10000) if random.random() < 0.25))
