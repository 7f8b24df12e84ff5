# Uncaught KeyError with a tuple key: the message is the repr of the tuple.
grid = {(0, 0): "start", (0, 1): "wall", (1, 1): "goal"}
for pos in [(0, 0), (1, 1)]:
    print(pos, grid[pos])
path = [(0, 0), (1, 0), (1, 1)]
for step in path:
    print("step", step)
    cell = grid[step]
    print("cell", cell)
print("never printed")
