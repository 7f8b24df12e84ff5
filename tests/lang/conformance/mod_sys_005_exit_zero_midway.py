# sys.exit(0) stops the program at once with status 0; finally blocks still run.
import sys
def main():
    print("step 1")
    try:
        print("step 2")
        sys.exit(0)
        print("never printed")
    finally:
        print("finally runs before exit")
print("start")
main()
print("never printed either")
