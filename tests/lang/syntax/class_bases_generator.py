class Spinner(base for base in bases):
    pass
