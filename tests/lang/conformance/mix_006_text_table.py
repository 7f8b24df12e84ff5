# A text table formatter with column alignment inferred from the data.
def render(headers, rows):
    cols = list(zip(headers, *rows))
    widths = [max(len(fmt(v)) for v in col) for col in cols]
    numeric = [all(isinstance(v, (int, float)) for v in col[1:]) for col in cols]
    def line(values):
        cells = []
        for v, w, num in zip(values, widths, numeric):
            text = fmt(v)
            cells.append(text.rjust(w) if num else text.ljust(w))
        return "| " + " | ".join(cells) + " |"
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep, line(headers), sep.replace("-", "=")]
    out += [line(r) for r in rows]
    out.append(sep)
    return "\n".join(out)
def fmt(v):
    if isinstance(v, float):
        return f"{v:,.2f}"
    return str(v)
headers = ["country", "code", "population (M)", "area km2"]
rows = [("China", "CN", 1412.6, 9596961), ("India", "IN", 1408.0, 3287263),
        ("United States", "US", 331.9, 9833517), ("Brazil", "BR", 214.3, 8515767),
        ("Nigeria", "NG", 213.4, 923768)]
print(render(headers, rows))
rows.sort(key=lambda r: r[2] * 1e6 / r[3], reverse=True)
print(render(["country", "density"], [(r[0], r[2] * 1e6 / r[3]) for r in rows]))
