# Uncaught KeyError: the message is the repr of the key.
prices = {"apple": 1.25, "pear": 0.8}
order = ["apple", "pear", "mango"]
total = 0
for item in order:
    print("adding", item)
    price = prices[item]
    total += price
    print("subtotal", round(total, 2))
print(total)
print("never printed")
