# Several except clauses, tuples of types, order of matching, bare except.
def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__} {e}"
    except ZeroDivisionError:
        return "zero division"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}: {e}"
    except:
        return "bare except: not an Exception"
    return "no error"
print(classify(lambda: {}["k"]))
print(classify(lambda: [][0]))
print(classify(lambda: 1 / 0))
print(classify(lambda: 2.0 ** 10000))
print(classify(lambda: int("x")))
print(classify(lambda: None))
def raise_exit():
    raise SystemExit(0)
print(classify(raise_exit))
def raise_base():
    raise KeyboardInterrupt
print(classify(raise_base))
errors = (TypeError, ValueError)
try:
    int(None)
except errors as e:
    print("caught via tuple variable:", type(e).__name__)
