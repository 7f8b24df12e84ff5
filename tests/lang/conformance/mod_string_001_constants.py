# The string module's constants.
import string
print(string.ascii_letters)
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits)
print(string.hexdigits)
print(string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.ascii_letters), len(string.punctuation), len(string.printable))
print("a" in string.ascii_lowercase, "!" in string.punctuation, " " in string.whitespace)
text = "Hello, World! 123"
print("".join(c for c in text if c not in string.punctuation))
print(sum(c in string.digits for c in text), [c for c in text if c in string.ascii_uppercase])
