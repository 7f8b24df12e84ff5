# sys.stdout.write returns the number of characters; mixing with print keeps order.
import sys
n = sys.stdout.write("no newline added")
sys.stdout.write("\n")
print("write returned", n)
sys.stdout.write("a")
print("b")
sys.stdout.write("c\n")
count = sys.stdout.write("é€😀\n")
print("characters written:", count)
for i in range(3):
    sys.stdout.write(f"\r{i}")
sys.stdout.write("\n")
sys.stdout.flush()
print("after flush")
out = sys.stdout
out.write("via alias\n")
print("".join(["x"] * 3), file=sys.stdout)
sys.stdout.write(str(42) + "\n")
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
