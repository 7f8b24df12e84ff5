# Uncaught NameError for a name with no close match.
def report(items):
    for item in items:
        print("item:", item)
    return len(items)

count = report(["a", "b"])
print("count:", count)
print(undefined_counter_value)
print("never printed")
