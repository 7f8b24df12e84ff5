# __format__ receives the format spec of f-strings, format() and str.format.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = self.cents / 100
        if spec == "":
            return f"${value:.2f}"
        if spec == "words":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return "$" + format(value, spec)
    def __str__(self):
        return "Money"
m = Money(123456)
print(f"{m}")
print(f"{m:words}")
print(f"{m:,.2f}")
print(format(m, ">12.1f"))
print("{:words} / {}".format(m, m))
print(str(m), f"{m!s}")
class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", format(Plain()), f"{Plain()!s:>8}")
try:
    format(Plain(), ">8")
except TypeError as e:
    print("TypeError:", e)
