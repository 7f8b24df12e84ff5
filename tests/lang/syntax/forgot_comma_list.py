delays = [1, 2 3]
