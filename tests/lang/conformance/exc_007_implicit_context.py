# Raising inside except or finally chains the new exception via __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("while handling")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
try:
    try:
        raise ValueError("first")
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def chain_of_three():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError:
        raise KeyError("c")
try:
    chain_of_three()
except KeyError as e:
    node = e
    while node is not None:
        print(type(node).__name__, node.args)
        node = node.__context__
try:
    try:
        raise ValueError("same")
    except ValueError as inner:
        raise inner
except ValueError as e:
    print("re-raised same object, context:", e.__context__)
