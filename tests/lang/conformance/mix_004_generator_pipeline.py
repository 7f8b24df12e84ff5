# A log-processing pipeline of generators: parse, filter, enrich, aggregate.
RAW = """2024-01-01 10:00:01 GET /index.html 200 512
2024-01-01 10:00:02 GET /missing 404 0
2024-01-01 10:00:05 POST /api/login 200 128
bad line here
2024-01-01 10:01:00 GET /index.html 200 512
2024-01-01 10:01:30 GET /api/data 500 0
2024-01-01 10:02:00 GET /api/data 200 2048"""
def lines(text):
    yield from text.splitlines()
def parse(rows):
    for row in rows:
        parts = row.split()
        if len(parts) != 6:
            print("  skipping:", repr(row))
            continue
        date, time, method, path, status, size = parts
        yield {"time": time, "method": method, "path": path, "status": int(status), "size": int(size)}
def only_ok(records):
    return (r for r in records if r["status"] < 400)
def with_kb(records):
    for r in records:
        yield {**r, "kb": round(r["size"] / 1024, 2)}
ok = list(with_kb(only_ok(parse(lines(RAW)))))
for r in ok:
    print(f"{r['time']} {r['method']:<4} {r['path']:<12} {r['kb']:>5} KB")
total = sum(r["size"] for r in ok)
print("total bytes:", total)
errors = [r["path"] for r in parse(lines(RAW)) if r["status"] >= 400]
print("errors:", errors)
by_path = {}
for r in parse(lines(RAW)):
    by_path.setdefault(r["path"], []).append(r["status"])
print(by_path)
