# A class with an initializer, methods and per-instance state.
class Dog:
    species = "canis familiaris"

    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return f"{self.name} is {self.age} and knows {len(self.tricks)} tricks"

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
rex.add_trick("sit").add_trick("roll")
fido.add_trick("fetch")
print(rex.describe())
print(fido.describe())
print(rex.tricks, fido.tricks)
print(rex.species, fido.species, Dog.species)
print(isinstance(rex, Dog), type(rex).__name__)
rex.age += 1
print(rex.age, fido.age)
print(Dog.describe(fido))
