# Uncaught TypeError from a method call: the message uses the qualified name.
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self.balance
acc = Account()
print(acc.deposit(10))
print(acc.deposit(5))
acc.deposit(1, 2)
print("never printed")
