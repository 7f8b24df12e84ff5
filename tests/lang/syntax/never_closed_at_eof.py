def show(items):
    print(
        items,
