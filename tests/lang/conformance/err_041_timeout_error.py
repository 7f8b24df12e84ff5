# Uncaught TimeoutError raised explicitly.
def wait_for_reply(attempts):
    for i in range(attempts):
        print("waiting, attempt", i + 1)
    raise TimeoutError(f"no reply after {attempts} attempts")

print(issubclass(TimeoutError, OSError))
wait_for_reply(3)
print("never printed")
# TimeoutError is a subclass of OSError in 3.11
