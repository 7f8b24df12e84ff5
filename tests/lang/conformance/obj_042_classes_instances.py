# Classes and instances as objects: type, __class__, __dict__, __name__, __mro__.
class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
class Bird(Animal):
    legs = 2
a = Animal("cat")
b = Bird("tweety")
print(type(a), type(b), type(Animal), type(type))
print(type(a).__name__, b.__class__.__name__, Bird.__base__.__name__)
print([cls.__name__ for cls in Bird.__mro__])
print(Bird.__bases__ == (Animal,), Animal.__bases__ == (object,))
print(a.__dict__, b.__dict__, vars(b))
print(a.legs, b.legs, Animal.legs, Bird.legs)
print(isinstance(b, Animal), isinstance(a, Bird), issubclass(Bird, Animal), issubclass(Bird, object))
print(type(b) is Bird, type(b) == Animal, type(a) is Animal)
print(Animal.__name__, Animal.__qualname__, Animal.__module__)
b.extra = True
print(sorted(vars(b)))
print("legs" in Animal.__dict__, "name" in Animal.__dict__)
Kind = Bird
k = Kind("alias")
print(k.name, type(k).__name__)
print(repr(Animal), str(Bird))
