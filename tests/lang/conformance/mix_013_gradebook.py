# A grade book: averages, letter grades, ranking with ties and a histogram.
scores = {
    "ann": [92, 88, 95], "bob": [75, 64, 81], "cy": [88, 92, 85],
    "di": [55, 62, 48], "ed": [88, 85, 92], "flo": [100, 97, 99],
}
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
averages = {name: sum(s) / len(s) for name, s in scores.items()}
ranked = sorted(averages.items(), key=lambda kv: (-kv[1], kv[0]))
rank, prev = 0, None
for i, (name, avg) in enumerate(ranked, 1):
    if avg != prev:
        rank, prev = i, avg
    print(f"{rank:>2}. {name:<4} {avg:6.2f} {letter(avg)}  {scores[name]}")
hist = {}
for avg in averages.values():
    hist[letter(avg)] = hist.get(letter(avg), 0) + 1
for grade in "ABCDF":
    print(grade, "*" * hist.get(grade, 0))
all_scores = [s for ss in scores.values() for s in ss]
mean = sum(all_scores) / len(all_scores)
median = sorted(all_scores)[len(all_scores) // 2]
print(f"mean={mean:.3f} median={median} best={max(all_scores)} worst={min(all_scores)}")
improved = [n for n, s in scores.items() if s[-1] > s[0]]
print("improved:", improved)
