# printf-style % formatting.
print("%d %i %s %r" % (42, 7, "s", "s"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %8.3f|%-8.1f|%08.2f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159))
print("%e %.2E %g %G %g" % (12345.678, 12345.678, 0.00001234, 1e20, 100000))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c %c" % (72, 105, "!"))
print("%s" % "single", "%s" % (1,), "%s" % ((1, 2),), "%s" % [1, 2])
print("%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab"))
print("%% literal, %d%%" % 50)
print("%s and %s" % ("a", None), "%r" % None, "%s" % True, "%d" % True)
print("%d" % 3.99, "%d" % -3.99, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5)
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%s" % 0.1, "%r" % 0.1, "%s" % 1e16, "%s" % -0.0)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
