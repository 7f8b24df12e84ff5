def greet():
    print("hello)
