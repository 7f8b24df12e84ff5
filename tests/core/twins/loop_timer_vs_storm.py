import asyncio

# A task yielding 1000 times does not starve a due timer: a timer armed with delay 0 runs in
# the next iteration, after one more step of the yielding task. (A timer with a positive delay
# is left out: under real time when it falls due depends on the machine's speed.)


async def main():
    loop = asyncio.get_running_loop()
    count = 0
    fired = []

    def timer(name):
        fired.append((name, count))

    for i in range(1000):
        if i == 0:
            loop.call_later(0, timer, "first")
        if i == 500:
            loop.call_later(0, timer, "second")
            loop.call_at(loop.time(), timer, "third")
        await asyncio.sleep(0)
        count += 1
    print("storm yielded", count, "times")
    for name, at in fired:
        print(name, "timer ran after step", at)


asyncio.run(main())
