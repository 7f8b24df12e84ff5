print(f"done}")
