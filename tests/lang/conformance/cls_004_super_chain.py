# super() through several levels, in __init__ and in other methods.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.log = ["base"]
    def hello(self):
        return "Base"
class Middle(Base):
    def __init__(self):
        print("Middle.__init__ before")
        super().__init__()
        self.log.append("middle")
        print("Middle.__init__ after")
    def hello(self):
        return "Middle>" + super().hello()
class Leaf(Middle):
    def __init__(self):
        super().__init__()
        self.log.append("leaf")
    def hello(self):
        return "Leaf>" + super().hello()
leaf = Leaf()
print(leaf.log)
print(leaf.hello())
print(Middle().hello())
class Explicit(Base):
    def hello(self):
        return "Explicit>" + super(Explicit, self).hello()
print(Explicit().hello())
class NoInit(Leaf):
    pass
print(NoInit().log)
