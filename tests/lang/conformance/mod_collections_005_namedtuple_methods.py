# namedtuple _replace, _asdict, _make, _fields and defaults.
from collections import namedtuple
Card = namedtuple("Card", ["rank", "suit"])
c = Card("Q", "hearts")
print(c._replace(rank="K"), c)
print(c._asdict(), type(c._asdict()).__name__)
print(Card._make(["7", "spades"]), Card._make(("A", "clubs")))
print(Card._fields, c._fields)
Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("localhost"), Config("h", 1), Config("h", debug=True))
print(Config._field_defaults)
row = {"rank": "2", "suit": "diamonds"}
print(Card(**row))
updated = c._replace(suit="spades")._replace(rank="J")
print(updated, updated._asdict()["rank"])
try:
    c._replace(color="red")
except ValueError as e:
    print("ValueError:", e)
deck = [Card(r, s) for s in ["spades", "hearts"] for r in "A23"]
print(deck[:4], len(deck))
print([card.rank for card in deck if card.suit == "hearts"])
