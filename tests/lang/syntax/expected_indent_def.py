async def slow():

return 42
