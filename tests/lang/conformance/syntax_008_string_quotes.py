# Strings in single, double and triple quotes; quotes inside quotes.
a = 'single'
b = "double"
c = 'it\'s'
d = "it's"
e = "say \"hi\""
f = 'say "hi"'
g = '''triple 'single' "double"'''
h = """triple "double" 'single'"""
for s in (a, b, c, d, e, f, g, h):
    print(s, "|", repr(s))
print(repr('both \' and "'))
print(repr(""), repr(''), len(""))
print('' == "", 'a' "b" 'c')
print(repr('tab\there'))
print(repr("\\"))
print(str('x'), repr(repr('x')))
