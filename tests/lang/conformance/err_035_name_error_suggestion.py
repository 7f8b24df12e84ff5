# Uncaught NameError for a typo: CPython 3.11 appends a "Did you mean" suggestion.
def summarize(numbers):
    total = sum(numbers)
    count = len(numbers)
    print("sum:", total, "count:", count)
    return totl / count

print("summarizing")
summarize([1, 2, 3])
print("never printed")
