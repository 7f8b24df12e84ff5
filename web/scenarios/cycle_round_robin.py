class A:
    def __init__(self):
        self.my_list = list(range(3))
        self.finished = False

    def __call__(self):
        if len(self.my_list) > 0:
            return self.my_list.pop()
        else:
            self.finished = True
            return None


import itertools

a = A()
b = A()
for obj in itertools.cycle([a, b]):
    value = obj()
    print(value)
    if a.finished and b.finished:
        break
