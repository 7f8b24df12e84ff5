# Properties are inherited and can be overridden; read-only properties.
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    @property
    def full_name(self):
        return f"{self.first} {self.last}"
    @property
    def initials(self):
        return self.first[0] + self.last[0]
class Doctor(Person):
    @property
    def full_name(self):
        return "Dr. " + super().full_name
p, d = Person("ada", "lovelace"), Doctor("john", "watson")
print(p.full_name, d.full_name, d.initials)
try:
    p.full_name = "x"
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    computed = 0
    @property
    def value(self):
        if not hasattr(self, "_value"):
            Lazy.computed += 1
            self._value = 42
        return self._value
l = Lazy()
print(l.value, l.value, Lazy.computed)
print(isinstance(Person.full_name, property), Person.full_name.__doc__)
