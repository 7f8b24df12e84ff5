# error: line 2
z = 1 + 2j
