doc = """Spinner

that never ends
