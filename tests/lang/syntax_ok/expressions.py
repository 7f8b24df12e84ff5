# Every expression form.
n = -1 + +2 - ~3 * 4 / 5 // 6 % 7 ** -8 @ m
bits = a | b ^ c & d << 1 >> 2
flags = not a and b or c and not d
chain = 1 < a <= b == c != d > e >= f
members = a in b, a not in b, a is b, a is not b
cond = x if x > 0 else -x if x < 0 else 0
nested = (lambda: (lambda y: y))()
args = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
posonly = lambda a, /, b: a
kwonly = lambda *, k: k
empty = (), [], {}, set()
single = (1,), [1], {1}, {1: 2}
displays = [1, *a, 2], {*a, *b}, {**a, 'k': 1, **b}, (*a, *b)
comprehensions = [x * y for x in range(3) if x for y in range(x) if y if x != y]
sets = {x for x in data}
dicts = {k: v for k, v in pairs.items() if v is not None}
gen = (i for i in range(10))
call_gen = sum(i for i in range(10))
nested_comp = [[c for c in row] for row in grid]
walrus = [y for x in data if (y := f(x)) is not None]
if (n := len(items)) > 3:
    pass
subscripts = a[0], a[-1], a[1:2], a[::2], a[1:], a[:2], a[1:2:3], a[:, 1], a[1, 2:3], a[()], a[*idx]
attrs = obj.a.b.c
calls = f(), f(1, 2), f(a, *args, k=1, **kwargs), f(*a, *b), f(**a, **b), f(a)(b)(c)
method = "x".join(map(str, [1, 2])).upper()
ellipsis = ...
constants = None, True, False
numbers = 0, 7, 0x1F, 0o17, 0b1010, 1_000_000, 1.5, .5, 5., 1e10, 1.5e-3, 1_0.0_1, 00, 0_0
big = 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFF, 9223372036854775807, 9223372036854775808
floats = 1e16, 1e-5, 0.0001, 1e308, 1e999, 3.14159, 2.5e-10, 100.0, 1e15, 123456.789
starred_assign = *a, b = c


async def coroutines():
    await asyncio.sleep(1)
    result = await fetch()
    values = [await v for v in vs]
    agen = [x async for x in aiter_()]
    async for item in stream:
        pass
    async with lock as held, other:
        pass
    return await asyncio.gather(*tasks, return_exceptions=True)


def generators():
    x = yield
    y = yield 1
    z = yield from other()
    yield a, b
    w = (yield)
    return x
