# Uncaught exception raised while handling another (implicit chaining).
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        print("missing", key, "- falling back")
        return settings["defaults"][key]
settings = {"host": "localhost", "defaults": {"port": 80}}
print(load(settings, "host"))
print(load(settings, "port"))
print(load(settings, "timeout"))
