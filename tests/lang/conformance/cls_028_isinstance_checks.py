# isinstance/issubclass with tuples, across a user hierarchy and builtins.
class Animal: pass
class Mammal(Animal): pass
class Dog(Mammal): pass
class Fish(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal), isinstance(d, Fish))
print(isinstance(d, (Fish, Mammal)), isinstance(d, (Fish, int)), isinstance(d, ()))
print(issubclass(Dog, Animal), issubclass(Dog, (Fish, Dog)), issubclass(Animal, Dog))
print(issubclass(Dog, Dog), issubclass(bool, (int, str)), issubclass(int, object))
for v in [1, 1.0, "1", True, None, [1], (1,), {1}, {1: 1}]:
    kinds = [t.__name__ for t in (int, float, str, bool, list, tuple, set, dict, type(None)) if isinstance(v, t)]
    print(repr(v), kinds)
print(isinstance(Dog, type), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
nested = (int, (str, (float,)))
print(isinstance(2.5, nested), isinstance([], nested))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
