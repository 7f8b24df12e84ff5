# A seeded password generator combining string constants with random choices.
import random
import string
def password(length, seed):
    random.seed(seed)
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, "!@#$%"]
    chars = [random.choice(pool) for pool in pools]
    everything = "".join(pools)
    chars += random.choices(everything, k=length - len(chars))
    random.shuffle(chars)
    return "".join(chars)
for seed in (1, 2, 3):
    pw = password(12, seed)
    print(seed, pw, len(pw), any(c.isdigit() for c in pw), any(c.isupper() for c in pw))
random.seed(99)
token = "".join(random.sample(string.hexdigits.lower()[:16], 8))
print(token)
random.seed(100)
print("-".join("".join(random.choices(string.ascii_uppercase + string.digits, k=4)) for _ in range(3)))
