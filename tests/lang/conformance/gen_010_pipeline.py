# Chained generators form a lazy pipeline.
log_lines = [
    "INFO start",
    "ERROR disk full",
    "INFO retry",
    "WARN slow",
    "ERROR disk full",
    "ERROR timeout",
    "INFO done",
]
def read(lines):
    for n, line in enumerate(lines, 1):
        print(f"  read line {n}")
        yield line
def parse(lines):
    for line in lines:
        level, _, message = line.partition(" ")
        yield level, message
def only(level, records):
    return (msg for lvl, msg in records if lvl == level)
def take(n, items):
    for i, item in enumerate(items):
        if i >= n:
            return
        yield item
pipeline = take(2, only("ERROR", parse(read(log_lines))))
print("pipeline built, nothing read yet")
for message in pipeline:
    print("error:", message)
counts = {}
for level, _ in parse(log_lines):
    counts[level] = counts.get(level, 0) + 1
print(counts)
