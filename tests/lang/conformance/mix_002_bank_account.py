# A bank with accounts, transfers, an exception hierarchy and a statement printout.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise BankError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def __repr__(self):
        return f"<Account {self.id} {self.owner}: {self.balance:,.2f}>"
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"transfer {amount} {src.owner}->{dst.owner} attempted")
ann, bob = Account("Ann", 500), Account("Bob")
ann.deposit(1250.5)
print(transfer(ann, bob, 700), transfer(bob, ann, 1000), transfer(bob, ann, 200.25))
try:
    bob.deposit(-5)
except BankError as e:
    print("error:", e)
for acc in (ann, bob):
    print(acc)
    for kind, amount in acc.log:
        print(f"  {kind:<8}{amount:>10,.2f}")
