# Uncaught ValueError: too many values to unpack.
records = ["ann:30", "bob:25", "cy:40:extra"]
ages = {}
for record in records:
    print("record", repr(record))
    name, age = record.split(":")
    ages[name] = int(age)
    print(name, ages[name])
print(ages)
print("never printed")
