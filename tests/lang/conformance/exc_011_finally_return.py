# return in finally overrides the try's return and swallows exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def side_effect():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(side_effect())
def value_captured():
    n = 1
    try:
        return n
    finally:
        n = 99
        print("finally set n to", n)
print(value_captured())
def except_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally still runs")
print(except_then_finally())
