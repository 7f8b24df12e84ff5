# The inner comprehension awaits, so the outer one is asynchronous as well; a plain function
# cannot run it. CPython rejects the whole module before running any of it.
print('never printed')


async def fine(rows):
    return [[await cell for cell in row] for row in rows]


def table(rows):
    return [[await cell for cell in row] for row in rows]
