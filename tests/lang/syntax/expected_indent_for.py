for x in range(3):
# nothing here
print(x)
