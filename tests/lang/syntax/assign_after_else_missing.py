delay = 0.1 if fast
