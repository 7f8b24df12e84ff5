import asyncio
asyncio.run(asyncio.sleep(1 2))
