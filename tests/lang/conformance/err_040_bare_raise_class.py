# Uncaught exception raised as a bare class with no message.
class Cancelled(Exception):
    pass
def work(steps):
    for i in range(steps):
        print("step", i)
        if i == 2:
            raise Cancelled
work(2)
print("first run done")
work(5)
