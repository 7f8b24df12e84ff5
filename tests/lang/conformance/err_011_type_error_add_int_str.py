# Uncaught TypeError: int + str.
count = 3
label = " items"
print(str(count) + label)
print(f"{count}{label}")
print(count + len(label))
print(count * label)
message = count + label
print(message)
print("never printed")
