# while loops, with else that runs only when no break happened.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("else ran, n =", n)

n = 0
while n < 10:
    if n == 2:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")

def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([5, 6, 7], 7), find([5, 6, 7], 9), find([], 1))

count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
while 0:
    print("never")
else:
    print("else of a loop that never ran")
