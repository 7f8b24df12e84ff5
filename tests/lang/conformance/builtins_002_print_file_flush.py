# print(file=...) writes to any object with write(); flush is accepted.
import sys
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("hello", "world", file=c)
print(1, 2, sep=",", end="!", file=c)
print("flushed", file=c, flush=True)
print(c.parts)
print("".join(p for p in c.parts if p != "<flush>"), end="")
print("to stdout explicitly", file=sys.stdout)
print("with flush", flush=True)
print("file=None means stdout", file=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me\n")
print(n)
sys.stdout.flush()
print(repr("".join(c.parts[:2])))
