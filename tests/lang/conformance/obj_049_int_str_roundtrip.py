# str/repr of ints and parsing them back; digit manipulation.
for n in [0, 7, -7, 10, 1000000, -9223372036854775807, 2 ** 62]:
    s = str(n)
    print(s, repr(n), int(s) == n, len(s), f"{n:,}", f"{n:_}")
print(str(-0), str(+5), int("-0"), int("000"), int("-00012"))
print(int("1" * 18), int("9" * 18) + 1)
def digit_sum(n):
    return sum(int(c) for c in str(abs(n)))
print(digit_sum(987654321), digit_sum(-45))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" * neg + out
print(to_base(255, 2), to_base(255, 16), to_base(-255, 36), to_base(0, 7))
print(all(int(to_base(v, b), b) == v for v in range(-50, 50) for b in range(2, 37)))
print(str(12).zfill(5), str(12).rjust(5, "*"), f"{12:05}")
