import asyncio

loop = asyncio.new_event_loop()


def stopper():
    print("stopper")
    loop.stop()


def b():
    print("B (same iteration as stop)")
    loop.call_soon(print, "C (next iteration)")


loop.call_soon(print, "A")
loop.call_soon(stopper)
loop.call_soon(b)
loop.run_forever()
print("run_forever returned")
loop.call_later(0.02, stopper)
loop.run_forever()
print("run_forever returned again")
loop.stop()  # before run_forever: exactly one iteration runs
loop.call_soon(print, "D")
loop.call_soon(lambda: loop.call_soon(print, "E (not run)"))
loop.run_forever()
print("third run_forever returned")
loop.close()
