# Uncaught exception raised with `from`: the last line is the outer exception.
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"invalid port {text!r}") from exc
print(parse_port("8080"))
print(parse_port("http"))
