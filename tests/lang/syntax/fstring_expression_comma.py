name = "spinner"
print(f"status: {name status}")
