# A shopping cart with discounts, properties, dunder methods and receipt formatting.
class Product:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"Product({self.name!r}, {self.price})"
class LineItem:
    def __init__(self, product, qty):
        self.product, self.qty = product, qty
    @property
    def total(self):
        return self.product.price * self.qty
class Cart:
    def __init__(self, customer, *items):
        self.customer = customer
        self.items = list(items)
    def __len__(self):
        return sum(i.qty for i in self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, name):
        return any(i.product.name == name for i in self.items)
    @property
    def subtotal(self):
        return sum(i.total for i in self.items)
    def discount(self):
        if self.customer.get("fidelity", 0) >= 1000:
            return self.subtotal * 0.05
        bulk = sum(i.total * 0.1 for i in self.items if i.qty >= 20)
        return bulk
    def receipt(self):
        lines = [f"{i.qty:>3} x {i.product.name:<12} {i.product.price:>6.2f} {i.total:>8.2f}" for i in self]
        lines.append(f"{'subtotal':>25} {self.subtotal:>8.2f}")
        lines.append(f"{'discount':>25} {-self.discount():>8.2f}")
        lines.append(f"{'due':>25} {self.subtotal - self.discount():>8.2f}")
        return "\n".join(lines)
banana, apple, melon = Product("banana", 0.5), Product("apple", 1.5), Product("watermelon", 5.0)
carts = [Cart({"name": "Ann", "fidelity": 0}, LineItem(banana, 4), LineItem(apple, 10), LineItem(melon, 5)),
         Cart({"name": "Bob", "fidelity": 1100}, LineItem(banana, 4), LineItem(apple, 10)),
         Cart({"name": "Cy", "fidelity": 0}, LineItem(banana, 30), LineItem(apple, 10))]
for cart in carts:
    print(f"== {cart.customer['name']}: {len(cart)} units, has apple: {'apple' in cart}")
    print(cart.receipt())
