# Every legal prefix combination: r, b, f, rb, br, fr, rf in any case.
x = 42
print(rb"\n", br"\n", Rb"\t", bR"\t", RB"\x", BR"\x")
print(f"{x}\n".strip(), F"{x}")
print(fr"{x}\n", rf"{x}\t", Rf"{x}\d", fR"{x}", FR"{x}", RF"{x}")
print(len(rf"{x}\n"), len(f"{x}\n"))
print(repr(rb"\\"), len(rb"\\"))
print(u"unicode prefix", U"works")
print(type(rb"").__name__, type(fr"").__name__)
print(rf"{{x}} {x}")
print(f'''{x}
{x + 1}''')
print(rf"""{x}\
raw""")
