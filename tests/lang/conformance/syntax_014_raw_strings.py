# Raw strings: backslashes are kept, except that a quote may be escaped.
print(r"\n\t\\")
print(len(r"\n"), len("\n"))
print(repr(r"C:\new\table"))
print(R"upper R\x41")
print(r'it\'s', len(r'\''))
print(r"""raw
triple \t""")
print(repr(r"\u00e9"), len(r"\u00e9"))
path = r"dir\sub\file.txt"
print(path.split("\\"))
pattern = r"\d+\.\d*"
print(pattern, len(pattern))
print(r"\\" == "\\\\")
print(r"a\
b")
