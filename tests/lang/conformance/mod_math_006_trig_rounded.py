# Trigonometry printed with round() so only well-defined digits are compared.
import math
for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    rad = math.radians(deg)
    print(f"{deg:>3} {round(rad, 6):>9} sin={round(math.sin(rad), 9):>12} cos={round(math.cos(rad), 9):>12}")
print(round(math.tan(math.pi / 4), 9), round(math.atan(1) * 4, 12), round(math.asin(1), 12))
print(round(math.acos(0.5), 12), round(math.atan2(1, 1), 12), round(math.atan2(-1, -1), 12))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(0))
print(math.sin(0), math.cos(0), math.atan2(0, 1), math.atan2(0.0, -1.0) == math.pi)
print(round(math.sin(math.pi / 6) ** 2 + math.cos(math.pi / 6) ** 2, 12), round(math.sin(1), 10), round(math.cos(1), 10))
angles = [round(math.degrees(math.atan2(y, x)), 6) for x, y in [(1, 0), (0, 1), (-1, 0), (0, -1)]]
print(angles)
def polar(x, y):
    return round(math.hypot(x, y), 6), round(math.degrees(math.atan2(y, x)), 6)
print(polar(3, 4), polar(-1, 1))
try:
    math.asin(2)
except ValueError as e:
    print("ValueError:", e)
