# Implicit line joining inside (), [] and {}.
numbers = [
    1, 2,
    3,   # a comment inside brackets
    4,
]
total = (1 +
         2 +
         3)
mapping = {
    "a": 1,
        "b": 2,   # odd indentation is ignored inside brackets
    "c": [10,
          20],
}
def f(a,
      b=2,
      *,
      c=3):
    return a + b + c

print(numbers, total)
print(mapping)
print(f(1,
        c=10))
text = ("hello "
        "world")
print(text)
nested = [[1, 2],
          [3, 4
          ], (5,
              6)]
print(nested)
print(len(
    numbers
))
