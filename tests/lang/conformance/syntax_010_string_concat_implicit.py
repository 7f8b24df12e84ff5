# Adjacent string literals are concatenated at compile time.
s = "abc" 'def' """ghi"""
print(s)
t = ("one, "
     "two, "
     'three')
print(t)
name = "world"
print("hello " f"{name}" "!")
print(f"{1 + 1}" "{not a field}")
print(r"raw\n" "\tcooked")
b = b"bytes" b" too"
print(b)
parts = ["x" "y", "z"]
print(parts, len(parts))
print("a" "b" == "ab")
print(("a"
       "b").upper())
