# A recursive pretty printer for nested dicts and lists (JSON-like output).
def pretty(obj, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{inner}"{k}": {pretty(v, indent + step, step)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(isinstance(v, (int, float)) for v in obj):
            return "[" + ", ".join(pretty(v) for v in obj) + "]"
        return "[\n" + ",\n".join(inner + pretty(v, indent + step, step) for v in obj) + "\n" + pad + "]"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if obj is None:
        return "null"
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(obj)
config = {
    "name": "tulip",
    "version": [0, 1, 0],
    "debug": False,
    "limits": {"max_tasks": 100, "timeout": 2.5, "retry": None},
    "servers": [{"host": "a", "ports": [80, 443]}, {"host": 'b"quoted"', "ports": []}],
    "empty": {},
}
print(pretty(config))
print(pretty([1, [2, [3, []]]], step=4))
