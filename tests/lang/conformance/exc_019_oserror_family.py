# OSError and its connection subclasses: errno, strerror, str.
e = OSError(5, "Input/output error")
print(e.errno, e.strerror, str(e), repr(e), e.args)
e2 = OSError("plain message")
print(e2.errno, e2.strerror, str(e2))
e3 = ConnectionRefusedError(111, "Connection refused")
print(type(e3).__name__, e3.errno, str(e3), isinstance(e3, OSError))
e4 = TimeoutError("operation timed out")
print(str(e4), isinstance(e4, OSError), e4.errno)
for cls in (ConnectionResetError, BrokenPipeError, ConnectionRefusedError, TimeoutError):
    try:
        raise cls("simulated " + cls.__name__)
    except ConnectionError as ce:
        print("ConnectionError handler:", ce)
    except OSError as oe:
        print("OSError handler:", oe)
def fetch(url):
    if "bad" in url:
        raise ConnectionResetError(104, "Connection reset by peer")
    return "ok " + url
for url in ["good.example", "bad.example"]:
    try:
        print(fetch(url))
    except OSError as err:
        print(f"failed {url}: [{err.errno}] {err.strerror}")
