# Text utilities built on the string module: slug, rot13, simple tokenizer.
import string
def slugify(text):
    keep = string.ascii_lowercase + string.digits
    out = []
    for ch in text.lower():
        if ch in keep:
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")
print(slugify("Hello, World! Python 3.11 rocks"), slugify("  --Already--slugged--  "))
lower, upper = string.ascii_lowercase, string.ascii_uppercase
table = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
print("Hello, World!".translate(table), "Uryyb, Jbeyq!".translate(table))
def tokens(text):
    word = ""
    for ch in text:
        if ch in string.ascii_letters + string.digits + "_":
            word += ch
        else:
            if word:
                yield word
                word = ""
            if ch in string.punctuation:
                yield ch
    if word:
        yield word
print(list(tokens("x = f(a_1, 42) + y;")))
print(all(c in string.printable for c in "plain text\n"), "é" in string.printable)
