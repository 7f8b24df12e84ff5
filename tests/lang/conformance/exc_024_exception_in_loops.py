# Handling errors per item and continuing; else/finally in loops.
raw = ["10", "x", "3.5", "-4", "", "7"]
total = 0
errors = []
for item in raw:
    try:
        value = int(item)
    except ValueError as e:
        errors.append(str(e))
        continue
    else:
        total += value
    finally:
        pass
print(total)
for e in errors:
    print(" ", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
data = {"a": 1, "c": 3}
found = []
for key in "abcd":
    try:
        found.append(data[key])
    except KeyError as e:
        found.append(f"missing {e}")
print(found)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded after", attempts, "attempts")
        break
    except ConnectionError as e:
        print("retrying:", e)
