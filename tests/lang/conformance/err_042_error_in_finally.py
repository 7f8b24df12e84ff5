# An exception raised in finally replaces the original one.
def process():
    try:
        print("processing")
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")

process()
print("never printed")
