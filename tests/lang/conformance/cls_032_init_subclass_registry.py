# __init_subclass__ builds a plugin registry; class-level introspection of the result.
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print("registered", cls.key)
    def run(self):
        return f"{type(self).__name__} running as {self.key}"
class Csv(Plugin):
    pass
class Json(Plugin):
    pass
class PrettyJson(Json):
    def run(self):
        return super().run().upper()
print(sorted(Plugin.registry))
for key in sorted(Plugin.registry):
    print(Plugin.registry[key]().run())
print(PrettyJson.__mro__[1].__name__, PrettyJson.__bases__[0].__name__)
print(PrettyJson.__name__, PrettyJson.__qualname__, PrettyJson.__module__)
print(issubclass(PrettyJson, Plugin), Json.key, PrettyJson.key, hasattr(Plugin, "key"))
class Base:
    def __init_subclass__(cls):
        cls.created = []
class Child(Base):
    pass
class Other(Base):
    pass
Child.created.append(1)
print(Child.created, Other.created, hasattr(Base, "created"))
def make(name):
    class Local:
        def __repr__(self):
            return f"<{name} {type(self).__qualname__}>"
    return Local
print(make("a")(), make("b").__qualname__)
class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__
print(Outer.Inner().where(), Outer.Inner.__name__)
print(type(Plugin).__name__, type(Csv()).__mro__[-1].__name__, Csv.__base__.__name__)
