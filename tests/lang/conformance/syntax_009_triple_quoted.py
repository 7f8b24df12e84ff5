# Triple-quoted strings keep newlines and indentation literally.
text = """first line
    indented line
last line"""
print(text)
print(repr(text))
lines = text.split("\n")
print(len(lines), [len(x) for x in lines])

doc = '''\
No leading newline thanks to the backslash.
Two "quotes" and 'single' inside.'''
print(doc)

def f():
    """Docstring of f.

    More text.
    """
    return 1
print(repr(f.__doc__))
empty = """"""
print(repr(empty), len(empty))
quote_end = """ends with a quote\""""
print(quote_end)
print(repr('''a
b'''))
