# Aggregations over records with builtins only.
scores = {"ann": [90, 85, 77], "bob": [60, 95], "cy": [88], "di": []}
for name, marks in scores.items():
    avg = sum(marks) / len(marks) if marks else 0
    print(f"{name:>4}: n={len(marks)} sum={sum(marks):3} max={max(marks, default='-')!s:>3} avg={avg:.2f}")
best = max(scores, key=lambda n: max(scores[n], default=0))
print("best single mark:", best)
print("most marks:", max(scores, key=lambda n: len(scores[n])))
flat = sorted(m for marks in scores.values() for m in marks)
print(flat, min(flat), max(flat), sum(flat) // len(flat))
print(sorted(scores, key=lambda n: (-sum(scores[n]), n)))
print(list(zip(*sorted(scores.items())))[0])
print(dict(map(lambda kv: (kv[0], len(kv[1])), scores.items())))
print(any(not m for m in scores.values()), all(isinstance(k, str) for k in scores))
