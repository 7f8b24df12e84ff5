# format() builtin and __format__ of built-in types.
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(1234567, ","))
print(format(0.5, "%"), format(0.125, ".1%"), format(255, "#x"), format(255, "b"))
print(format(1e16), format(1e16, ""), format(0.1 + 0.2, ".17g"), format(2.5, "g"))
print(format(123.456, "e"), format(123.456, ".2e"), format(1e-10, "g"), format(1e-4, "g"))
print(format(12345.6789, "10.2f") + "|", format(-12345.6789, "<12,.1f") + "|")
print(format(True), format(None), format([1, 2]), format(("a",)))
print(format(42), format(42, ""), format(-42, "+"), format(42, " "))
print(format(3.0), format(3.0, ".0f"), format(3.0, "g"), format(3.0, ".1f"))
print(format(1 / 3, ".10f"), format(2 / 3, ".3g"), format(1234.5, ".3g"))
print(format(100, "x^10"), format("é", "*^5"), format(-0.0, ".2f"))
print(format(float("nan"), "f"), format(float("inf"), "E"), format(-float("inf"), "g"))
print(format(0, "08.3f"), format(-1, "08.3f"), format(1e100, ".3"))
print(format(1234567890, "_"), format(0xdeadbeef, "_x"), format(7, "#010b"))
print(format(65, "c"), format(3.5, "=+10.2f"), format(12, "=^+10"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
