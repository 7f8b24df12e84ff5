# Uncaught IndexError from a list.
queue = ["first", "second"]
print(queue[0], queue[-1])
while True:
    item = queue.pop(0) if len(queue) > 1 else queue[0]
    print("processing", item)
    if item == "second":
        queue.clear()
        print("cleared, now reading", len(queue), "items")
        print(queue[0])
