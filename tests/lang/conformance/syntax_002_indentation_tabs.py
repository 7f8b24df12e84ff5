# Indentation with tabs only (consistent), as some pasted code uses.
def total(items):
	result = 0
	for item in items:
		if item % 2:
			result += item
		else:
			result -= 1
	return result


class Box:
	def __init__(self, v):
		self.v = v

	def double(self):
		return self.v * 2


print(total([1, 2, 3, 4, 5]))
print(Box(21).double())
for i in range(3):
	if i:
		print("tab", i)
	else:
		print("zero")
