# Uncaught ConnectionRefusedError with errno and strerror.
def connect(host, port):
    print(f"connecting to {host}:{port}")
    if port != 80:
        raise ConnectionRefusedError(111, "Connection refused")
    return "connected"

print(connect("example", 80))
print(connect("example", 8888))
print("never printed")
