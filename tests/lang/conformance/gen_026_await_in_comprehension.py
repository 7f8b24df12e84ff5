# Coroutines driven by hand: comprehensions with 'await' are coroutines awaited in place.
class Ask:
    def __init__(self, question):
        self.question = question

    def __await__(self):
        answer = yield self.question
        return answer


class Numbers:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Ask(f'next {self.i}')


async def survey(names):
    ages = {name: await Ask(f'age of {name}?') for name in names}
    adults = [n for n in names if await Ask(f'{n} adult?')]
    nested = [[await Ask((i, j)) for j in range(2)] for i in range(2)]
    total = sum([v async for v in Numbers(3)])
    return ages, adults, nested, total


def drive(coro, answer):
    reply = None
    try:
        while True:
            question = coro.send(reply)
            reply = answer(question)
            print('asked', question, '->', reply)
    except StopIteration as stop:
        return stop.value


def answer(q):
    if isinstance(q, tuple):
        return q[0] * 10 + q[1]
    if q.startswith('age'):
        return len(q)
    if q.startswith('next'):
        return int(q[5:]) * 100
    return q.startswith('bo')


print(drive(survey(['al', 'bob']), answer))
agen = (await Ask(i) for i in range(3))
print(type(agen).__name__)
print(drive(agen.asend(None), lambda q: q + 1))
