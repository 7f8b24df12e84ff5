# Floor division and modulo with negative operands (Python floors, not truncates).
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -3), (-1, 3)]:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -5 % 5, 5 % -5)
print(-1e-20 % 1.0)
print((-7) // 2 * 2 + (-7) % 2)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print(-9223372036854775807 // 2, -9223372036854775807 % 2)
print(9223372036854775807 // -3, 9223372036854775807 % -3)
