# Inventory management with namedtuples, Counter and defaultdict.
from collections import Counter, defaultdict, namedtuple
Item = namedtuple("Item", "sku name category price")
CATALOG = [Item("A1", "pen", "office", 1.5), Item("A2", "paper", "office", 4.25),
           Item("B1", "apple", "food", 0.4), Item("B2", "bread", "food", 2.1),
           Item("C1", "cable", "tech", 7.99)]
by_sku = {item.sku: item for item in CATALOG}
stock = Counter({"A1": 100, "A2": 20, "B1": 50, "B2": 5, "C1": 3})
orders = [["A1", "A1", "B1", "C1"], ["B2"] * 6, ["A2", "C1", "C1"], ["Z9"]]
revenue = defaultdict(float)
for n, order in enumerate(orders, 1):
    wanted = Counter(order)
    unknown = [s for s in wanted if s not in by_sku]
    short = {s: q for s, q in wanted.items() if s in by_sku and stock[s] < q}
    if unknown or short:
        print(f"order {n} rejected: unknown={unknown} short={short}")
        continue
    stock -= wanted
    total = sum(by_sku[s].price * q for s, q in wanted.items())
    for s, q in wanted.items():
        revenue[by_sku[s].category] += by_sku[s].price * q
    print(f"order {n} ok: {dict(wanted)} total={total:.2f}")
print("stock left:", dict(stock))
print("low stock:", sorted(s for s, q in stock.items() if q < 10))
print({cat: round(v, 2) for cat, v in sorted(revenue.items())})
print(max(CATALOG, key=lambda i: i.price).name, by_sku["B1"]._replace(price=0.5))
