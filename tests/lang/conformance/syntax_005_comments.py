#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Comments everywhere: after code, alone, inside brackets, with quotes and hashes.
x = 1  # trailing comment
# y = 2   (commented out)
print(x)  # print x
print("# not a comment")
print('a # b')
values = [
    # leading comment in a list
    1,  # one
    2,  # two  "quote" 'quote'
]
print(values)
def f():
    # only a comment, then code
    return "f"  # with # hashes ## inside
print(f())
"""A bare string statement acts like a comment."""
if x:
    # comment at block start
    pass
    # comment at block end
print("end")  #
