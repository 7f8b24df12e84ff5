# The __context__ of an exception thrown into a generator: the exception the generator was
# handling where it suspended, and nothing else (not what the caller handles).


def describe(e):
    c = e.__context__
    return type(e).__name__ + ' <- ' + (repr(c) if c is not None else 'None')


def handling_when_suspended():
    try:
        raise KeyError('k')
    except KeyError:
        yield 1


gen = handling_when_suspended()
next(gen)
try:
    gen.throw(ValueError('v'))
except ValueError as e:
    print('1', describe(e))


def not_handling():
    try:
        yield 1
    except ValueError:
        raise


gen = not_handling()
next(gen)
try:
    raise KeyError('outer')
except KeyError:
    try:
        gen.throw(ValueError('v'))
    except ValueError as e:
        print('2', describe(e))


def plain():
    yield 1


gen = plain()
next(gen)
try:
    raise KeyError('outer')
except KeyError:
    try:
        gen.throw(ValueError('v'))
    except ValueError as e:
        print('3', describe(e))


def sub():
    try:
        raise KeyError('sub')
    except KeyError:
        yield 1


def delegating():
    yield from sub()


gen = delegating()
next(gen)
try:
    gen.throw(ValueError('v'))
except ValueError as e:
    print('4', describe(e))


def both_handling():
    try:
        raise IndexError('outer frame')
    except IndexError:
        yield from sub()


gen = both_handling()
next(gen)
try:
    gen.throw(ValueError('v'))
except ValueError as e:
    print('5', describe(e))

# A context set beforehand is replaced by the one the generator handles.
gen = handling_when_suspended()
next(gen)
v = ValueError('v')
v.__context__ = TypeError('preset')
try:
    gen.throw(v)
except ValueError as e:
    print('6', describe(e))

# ...and kept when the generator handles nothing.
gen = plain()
next(gen)
v = ValueError('v')
v.__context__ = TypeError('preset')
try:
    gen.throw(v)
except ValueError as e:
    print('7', describe(e))


def cleanup_fails():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            yield 1
        finally:
            raise OSError('in finally')


gen = cleanup_fails()
next(gen)
try:
    gen.close()
except OSError as e:
    print('8', describe(e), '<-', repr(e.__context__.__context__))


def converts():
    try:
        yield 1
    except ValueError:
        raise LookupError('converted')


gen = converts()
next(gen)
try:
    gen.throw(ValueError('v'))
except LookupError as e:
    print('9', describe(e))

# Raising an exception again while handling one that it caused: the loop is cut.
try:
    try:
        raise KeyError('first')
    except KeyError as first:
        try:
            raise ValueError('second')
        except ValueError:
            raise first
except KeyError as e:
    second = e.__context__
    print('10', describe(e), '|', describe(second))

try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b') from None
except ValueError as e:
    print('11', describe(e), e.__suppress_context__, e.__cause__)

try:
    e = ValueError()
    e.__context__ = 5
except TypeError as err:
    print('12', err)
