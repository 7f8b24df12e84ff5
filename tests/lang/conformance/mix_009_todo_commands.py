# A to-do list driven by text commands, with a dispatcher dict and error handling.
class TodoList:
    def __init__(self):
        self.items = []
    def add(self, *words):
        if not words:
            raise ValueError("nothing to add")
        self.items.append({"text": " ".join(words), "done": False})
        return f"added #{len(self.items)}"
    def done(self, index):
        item = self.items[int(index) - 1]
        item["done"] = True
        return f"completed {item['text']!r}"
    def remove(self, index):
        return f"removed {self.items.pop(int(index) - 1)['text']!r}"
    def show(self):
        if not self.items:
            return "(empty)"
        return "\n".join(f"{i}. [{'x' if it['done'] else ' '}] {it['text']}" for i, it in enumerate(self.items, 1))
todo = TodoList()
commands = ["add buy milk", "add write tests", "add call mom", "done 2", "show",
            "remove 1", "done 9", "add", "frobnicate 3", "done x", "show"]
for line in commands:
    name, *args = line.split()
    handler = getattr(todo, name, None)
    print(f"> {line}")
    if handler is None:
        print(f"unknown command: {name}")
        continue
    try:
        print(handler(*args))
    except IndexError:
        print("no such item")
    except ValueError as e:
        print("error:", e)
