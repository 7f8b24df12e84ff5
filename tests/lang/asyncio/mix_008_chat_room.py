import asyncio


class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    async def say(self, who, text):
        for name, q in self.members.items():
            if name != who:
                await q.put(f'{who}: {text}')


async def client(room, name, lines, inbox_size):
    inbox = room.join(name)
    await asyncio.sleep(0.01)
    for line in lines:
        await room.say(name, line)
        await asyncio.sleep(0.005)
    got = [await inbox.get() for _ in range(inbox_size)]
    return name, got


async def main():
    room = Room()
    results = await asyncio.gather(
        client(room, 'ann', ['hi', 'bye'], 1),
        client(room, 'bob', ['yo'], 2),
        client(room, 'cy', [], 3),
    )
    for name, got in results:
        print(name, got)


asyncio.run(main())
