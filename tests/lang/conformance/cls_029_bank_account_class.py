# A class with validation, a class-level rate, and a subclass overriding a method.
class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"
class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len(self.history) and self.history[-1][0] == "withdraw":
            raise InsufficientFunds("one withdrawal at a time")
        super().withdraw(amount)
acc, sav = Account("ann", 100), Savings("bob", 1000)
acc.deposit(50); sav.withdraw(100)
for action in (lambda: acc.withdraw(500), lambda: sav.withdraw(1), lambda: acc.deposit(-1)):
    try:
        action()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
acc.add_interest(); sav.add_interest()
print(acc, sav, acc.balance, sav.history)
