# Word frequencies with Counter and defaultdict, ties kept in first-seen order.
from collections import Counter, defaultdict
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = Counter(words)
for word, n in freq.most_common(6):
    print(f"{word:<12}{n:>3} {'*' * n}")
by_count = defaultdict(list)
for word, n in freq.items():
    by_count[n].append(word)
for n in sorted(by_count, reverse=True):
    print(n, by_count[n])
print(len(freq), freq.total(), freq["times"], freq["never"])
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
first_letters = Counter(w[0] for w in words)
print(first_letters.most_common(3))
