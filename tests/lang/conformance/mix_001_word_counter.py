# A word counter: normalize text, count, and print a report.
from collections import Counter
import string
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick -- said the bird. A dog's life is a lazy life."""
def normalize(text):
    table = str.maketrans("", "", string.punctuation.replace("'", ""))
    return [w.strip("'") for w in text.lower().translate(table).split()]
words = normalize(TEXT)
counts = Counter(words)
print(f"{len(words)} words, {len(counts)} distinct")
width = max(len(w) for w, _ in counts.most_common(8))
for word, n in counts.most_common(8):
    print(f"{word:<{width}} {n:>3} {'#' * n}")
singletons = sorted(w for w, n in counts.items() if n == 1)
print("once:", ", ".join(singletons))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, "average length: %.2f" % (sum(map(len, words)) / len(words)))
