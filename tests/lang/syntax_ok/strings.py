# String literals: quotes, prefixes, escapes, concatenation, f-strings, bytes.
s1 = 'single', "double", '''triple single''', """triple double"""
s2 = 'it\'s', "say \"hi\"", 'both \' and "', "tab\there", 'new\nline'
s3 = r'raw \n stays', R"raw", b'bytes', B"BYTES", rb'\d+', Rb"x", bR'y', BR"z", br'w'
s4 = u'unicode', U"upper"
s5 = "\x41\101\u00e9\U0001F600\a\b\f\v\r\\\0 \777"
s6 = "continued \
line"
s7 = "implicit" ' concatenation' """ of
several"""
s8 = 'unknown \d escape', "é ü 中文 😀", "\N{EURO SIGN}\N{BLACK STAR}\N{latin small letter a}"
s9 = b"\x00\xff\n\t\\", b'\'', b"\777"
f1 = f"{x}", f'{x!r}', f"{x!s:>10}", f"{x!a}", F"{x:{width}.{precision}f}", f"{{literal}}"
f2 = f"{x=}", f"{ x = }", f"{x=!s}", f"{x=:>4}", f"{a['k']}", f'{b["k"]}', f"{3.14:.2f}"
f3 = f"{'nested' + f'{inner}'}", f"{x:%H:%M:%S}", f"a{b}c{d}e", f"{x}" "plain" f"{y}"
f4 = rf"\d{x}", fr'{x}\n', f"""multi
{line}""", f"{x,y}", f"{(lambda: 1)()}", f"{d[1:2]}", f"{x!r:^{w}}", f''
f5 = u"prefix u" f"{x}", "a" f"", f"{1 if x else 2}", f"{x:}", f"{{}}", f"}}{{"
