# User-defined exceptions: extra attributes, custom __str__, hierarchy of app errors.
class AppError(Exception):
    """Base for application errors."""
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Invalid(AppError):
    def __init__(self, field, value):
        self.field, self.value = field, value
    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"
class Quiet(AppError):
    pass
for exc in [NotFound("user"), Invalid("age", -1), Quiet(), Quiet("with text")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    raise NotFound("page")
except NotFound as e:
    print(e.name, isinstance(e, AppError), isinstance(e, Exception))
print(AppError.__doc__, issubclass(Invalid, AppError), [c.__name__ for c in Invalid.__mro__])
class WithDefault(ValueError):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), repr(WithDefault()), WithDefault("given"))
