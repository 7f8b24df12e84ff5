# The class body is executed top to bottom like any code block.
print("before class")
class Config:
    print("executing class body")
    DEBUG = False
    LEVELS = ["low", "mid", "high"]
    DEFAULT = LEVELS[1]
    if DEBUG:
        mode = "debug"
    else:
        mode = "release"
    for i in range(2):
        pass
    def method(self):
        return self.mode
    names = [n.upper() for n in LEVELS]
print("after class")
print(Config.DEFAULT, Config.mode, Config.i, Config().method(), Config.names)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
def make_class(base_value):
    class Local:
        value = base_value
        def get(self):
            return self.value
    return Local
A = make_class(1)
B = make_class(2)
print(A().get(), B().get(), A is B, A.__name__, A.__qualname__)
