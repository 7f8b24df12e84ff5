# yield from forwards send() and throw() to the subgenerator.
def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError:
            print("  accumulator: reset on ValueError")
            total = 0
            continue
        if value is None:
            return total
        total += value
def delegator(results):
    while True:
        final = yield from accumulator()
        results.append(final)
        print("  delegator: got", final)
results = []
d = delegator(results)
print(next(d))
print(d.send(5))
print(d.send(7))
print(d.throw(ValueError))
print(d.send(3))
print(d.send(None))
print(d.send(100))
print(d.send(None))
print(results)
d.close()
print("closed")
