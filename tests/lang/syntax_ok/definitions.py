# Functions, classes, decorators, parameters.
import functools


@functools.wraps(func)
@staticmethod
def plain(a, b, /, c, d=1, *args, e, f=2, **kwargs) -> int:
    """Docstring."""
    return a


def defaults(a=1, b=(1, 2), c=None, *, d=[], e={}):
    pass


def annotated(x: int, *args: str, y: "Fwd" = None, **kw: float) -> list[int]:
    pass


def varargs_only(*args):
    pass


def kwargs_only(**kwargs):
    pass


def star_kwonly(*, a, b=1):
    pass


def posonly_defaults(a=1, /, b=2):
    pass


async def coroutine(loop=None):
    await something()


@dataclass(frozen=True)
class Point(Base, metaclass=Meta, **options):
    x: int = 0
    y: int = 0
    origin = None

    def __init__(self, x, y):
        super().__init__()
        self.x = x

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @classmethod
    def make(cls, *args):
        return cls(*args)

    class Inner:
        pass


class Child(Point):
    pass


class NoParens():
    pass
