# A linked list with __iter__, __len__, __repr__, __getitem__ and __reversed__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
ll = LinkedList(["a", "b", "c"])
print(ll, len(ll), ll[1], list(reversed(ll)))
ll.push("z")
print(ll, "z" in ll, "q" in ll)
print([v.upper() for v in ll], sorted(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList()), bool(LinkedList()), bool(ll))
