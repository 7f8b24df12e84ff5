def main():
    return [await t for t in tasks]
