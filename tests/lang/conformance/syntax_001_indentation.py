# Indentation: nested blocks, dedent to several levels at once, one-line suites.
def classify(n):
    if n < 0:
        return "negative"
    else:
        if n == 0:
            return "zero"
        elif n < 10:
                # deeper indentation than needed is fine inside one block
                return "small"
        else:
            for i in range(2, n):
                if n % i == 0:
                    return "composite"
            return "prime"

for value in [-5, 0, 7, 13, 15, 12]:
    print(value, classify(value))

if True: print("one-line suite")
while False: pass
for i in range(3): print("loop", i); print("  same line", i * 2)

class K:
  def m(self):
   return "two then one space"
print(K().m())

x = 0
if x == 0:

    # blank lines and comments between statements do not matter

    print("after blank lines")
