# The if __name__ == '__main__': guard runs in a script.
def main():
    print("main running")
    return 0

print("module level, __name__ =", __name__)

if __name__ == "__main__":
    print("in the guard")
    main()
else:
    print("imported")

if __name__ != "__main__":
    print("never")
print(__name__ == '__main__')
def helper():
    return __name__
print(helper())
