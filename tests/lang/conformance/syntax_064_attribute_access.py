# Attribute access on modules, classes, instances and builtins.
import math
class Node:
    kind = "node"
    def __init__(self, value):
        self.value = value
        self.next = None
n = Node(1)
n.next = Node(2)
n.next.next = Node(3)
print(n.value, n.next.value, n.next.next.value, n.next.next.next)
print(n.kind, Node.kind, n.__class__.__name__)
n.kind = "instance"
print(n.kind, Node.kind)
print(math.pi > 3, "abc".upper().lower().title())
print((5).bit_length(), 3.5.is_integer(), 4.0.is_integer())
print(getattr(n, "value"), getattr(n, "missing", "default"))
setattr(n, "extra", [1])
n.extra.append(2)
print(n.extra, hasattr(n, "extra"), hasattr(n, "nothing"))
print(sorted(vars(n)))
print(int.__name__, [].append.__name__, "x".join.__name__)
print((1).real, (1.5).imag, True.real)
