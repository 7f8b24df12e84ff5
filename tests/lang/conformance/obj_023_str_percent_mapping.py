# % formatting with a mapping and with bytes.
data = {"name": "Ann", "score": 93.456, "rank": 1}
print("%(name)s scored %(score).1f and ranked #%(rank)d" % data)
print("%(name)-6s|%(score)8.2f|%(rank)03d" % data)
print("%(name)r %(name)s" % data)
print("%(a)s %(a)s" % {"a": "twice"})
try:
    print("%(missing)s" % data)
except KeyError as e:
    print("KeyError:", e)
rows = [("widget", 3, 2.5), ("gadget", 12, 10.0)]
for name, qty, price in rows:
    print("%-8s x%3d @ %6.2f = %7.2f" % (name, qty, price, qty * price))
print(b"%d bytes" % 5, b"%s!" % b"hi", b"%x" % 255)
print("%s" % {"k": 1}, "%s" % "é", "%5s|" % "é")
print("%-10s|" % "left", "%10s|" % "right")
print("%+.3e" % -0.000123, "%#.0f" % 3, "%.1f%%" % 99.5)
