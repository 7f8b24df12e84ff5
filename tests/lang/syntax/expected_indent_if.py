done = False
if not done:
print("working")
