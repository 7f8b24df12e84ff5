# os.path.join with relative parts (POSIX separators).
import os
print(os.path.join("a", "b", "c.txt"))
print(os.path.join("dir", ""))
print(os.path.join("", "file"))
print(os.path.join("a/", "b"))
print(os.path.join("a", "/abs", "c"))
print(os.path.join("downloads", "flags", "br.gif"))
base = "tulip_out"
names = ["cn", "in", "us"]
print([os.path.join(base, n + ".gif") for n in names])
print(os.path.join(*["x", "y", "z"]))
print(os.path.join("a", "b") == "a" + os.sep + "b", os.sep)
