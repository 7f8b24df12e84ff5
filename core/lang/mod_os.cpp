// The os module, written in Python (compiled when first imported).
#include "lang/modules.hpp"

namespace tulip::lang {

const char* const kOsSource = R"PYSRC(
import sys as _sys

sep = '/'
curdir = '.'
pardir = '..'
linesep = '\n'
name = 'posix'
environ = {'HOME': '/home/tulip', 'PATH': '/usr/bin:/bin', 'USER': 'tulip', 'LANG': 'C.UTF-8'}

# A virtual in-memory filesystem: directory paths -> None, file paths -> bytearray-like lists.
_dirs = {'/': None}
_files = {}
_cwd = '/home/tulip'
_dirs['/home'] = None
_dirs['/home/tulip'] = None

def _norm(p):
    p = _fspath(p)
    if not p.startswith('/'):
        p = _cwd + '/' + p
    parts = []
    for part in p.split('/'):
        if part in ('', '.'):
            continue
        if part == '..':
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return '/' + '/'.join(parts)

def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")

def _parent(p):
    k = p.rfind('/')
    return p[:k] if k > 0 else '/'

def getcwd():
    return _cwd

def chdir(path):
    global _cwd
    p = _norm(path)
    if p not in _dirs:
        raise FileNotFoundError(2, 'No such file or directory', path)
    _cwd = p

def mkdir(path, mode=0o777):
    p = _norm(path)
    if p in _dirs or p in _files:
        raise FileExistsError(17, 'File exists', path)
    if _parent(p) not in _dirs:
        raise FileNotFoundError(2, 'No such file or directory', path)
    _dirs[p] = None

def makedirs(name, mode=0o777, exist_ok=False):
    p = _norm(name)
    if p in _dirs or p in _files:
        if exist_ok and p in _dirs:
            return
        raise FileExistsError(17, 'File exists', name)
    parent = _parent(p)
    if parent not in _dirs:
        makedirs(parent, mode, True)
    _dirs[p] = None

def listdir(path='.'):
    p = _norm(path)
    if p not in _dirs:
        if p in _files:
            raise NotADirectoryError(20, 'Not a directory', path)
        raise FileNotFoundError(2, 'No such file or directory', path)
    prefix = p if p.endswith('/') else p + '/'
    out = []
    for q in list(_dirs) + list(_files):
        if q != p and q.startswith(prefix) and '/' not in q[len(prefix):]:
            out.append(q[len(prefix):])
    return out

def remove(path):
    p = _norm(path)
    if p in _dirs:
        raise IsADirectoryError(21, 'Is a directory', path)
    if p not in _files:
        raise FileNotFoundError(2, 'No such file or directory', path)
    del _files[p]

unlink = remove

def rmdir(path):
    p = _norm(path)
    if p not in _dirs:
        raise FileNotFoundError(2, 'No such file or directory', path)
    if listdir(path):
        raise OSError(39, 'Directory not empty', path)
    del _dirs[p]

def removedirs(name):
    rmdir(name)

def rename(src, dst):
    s, d = _norm(src), _norm(dst)
    if s in _files:
        _files[d] = _files.pop(s)
    elif s in _dirs:
        for q in list(_dirs):
            if q == s or q.startswith(s + '/'):
                _dirs[d + q[len(s):]] = _dirs.pop(q)
        for q in list(_files):
            if q.startswith(s + '/'):
                _files[d + q[len(s):]] = _files.pop(q)
    else:
        raise FileNotFoundError(2, 'No such file or directory', src)

replace = rename

def getenv(key, default=None):
    return environ.get(key, default)

def getpid():
    return 4242

def cpu_count():
    return 4

def fspath(p):
    return _fspath(p)

class _Stat:
    def __init__(self, size, isdir):
        self.st_size = size
        self.st_mode = 0o040755 if isdir else 0o100644
        self.st_mtime = 0.0

def stat(path):
    p = _norm(path)
    if p in _files:
        return _Stat(len(_files[p]), False)
    if p in _dirs:
        return _Stat(4096, True)
    raise FileNotFoundError(2, 'No such file or directory', path)

def walk(top):
    p = _norm(top)
    if p not in _dirs:
        return
    names = sorted(listdir(top))
    dirs = [n for n in names if _norm(top + '/' + n) in _dirs]
    files = [n for n in names if _norm(top + '/' + n) in _files]
    yield top, dirs, files
    for d in dirs:
        yield from walk(path.join(top, d))

class _File:
    def __init__(self, file, mode, encoding):
        self.name = file
        self.mode = mode
        self._path = _norm(file)
        self._binary = 'b' in mode
        self.closed = False
        self._pos = 0
        self.encoding = None if self._binary else (encoding or 'UTF-8')
        if 'r' in mode and '+' not in mode:
            if self._path in _dirs:
                raise IsADirectoryError(21, 'Is a directory', file)
            if self._path not in _files:
                raise FileNotFoundError(2, 'No such file or directory', file)
            self._data = _files[self._path]
            self._readable, self._writable = True, False
        else:
            if self._path in _dirs:
                raise IsADirectoryError(21, 'Is a directory', file)
            if _parent(self._path) not in _dirs:
                raise FileNotFoundError(2, 'No such file or directory', file)
            if 'x' in mode and self._path in _files:
                raise FileExistsError(17, 'File exists', file)
            if 'a' in mode:
                self._data = _files.get(self._path, b'')
                self._pos = len(self._data)
            elif 'r' in mode:
                if self._path not in _files:
                    raise FileNotFoundError(2, 'No such file or directory', file)
                self._data = _files[self._path]
            else:
                self._data = b''
            _files[self._path] = self._data
            self._readable, self._writable = '+' in mode, True
    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
    def write(self, s):
        self._check()
        if not self._writable:
            raise OSError('not writable')
        if self._binary:
            if not isinstance(s, bytes):
                raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
            b = s
        else:
            if not isinstance(s, str):
                raise TypeError(f"write() argument must be str, not {type(s).__name__}")
            b = s.encode()
        self._data = self._data[:self._pos] + b + self._data[self._pos + len(b):]
        self._pos += len(b)
        _files[self._path] = self._data
        return len(s)
    def writelines(self, lines):
        for line in lines:
            self.write(line)
    def _out(self, b):
        return b if self._binary else b.decode()
    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise OSError('not readable')
        if size is None or size < 0:
            b = self._data[self._pos:]
        else:
            if self._binary:
                b = self._data[self._pos:self._pos + size]
            else:
                text = self._data[self._pos:].decode()[:size]
                b = text.encode()
        self._pos += len(b)
        return self._out(b)
    def readline(self, size=-1):
        self._check()
        k = self._data.find(b'\n', self._pos)
        end = len(self._data) if k < 0 else k + 1
        b = self._data[self._pos:end]
        self._pos = end
        return self._out(b)
    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
    def __iter__(self):
        return self
    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
    def seek(self, pos, whence=0):
        self._pos = pos if whence == 0 else (self._pos + pos if whence == 1 else len(self._data) + pos)
        return self._pos
    def tell(self):
        return self._pos
    def flush(self):
        pass
    def close(self):
        self.closed = True
    def __enter__(self):
        self._check()
        return self
    def __exit__(self, *exc):
        self.close()
        return False
    def __repr__(self):
        if self._binary:
            return f"<_io.BufferedReader name={self.name!r}>"
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"

def _open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
    for c in mode:
        if c not in 'rwaxbt+':
            raise ValueError(f"invalid mode: '{mode}'")
    return _File(file, mode, encoding)

class _Path:
    sep = '/'
    def join(self, a, *p):
        a = _fspath(a)
        path = a
        for b in p:
            b = _fspath(b)
            if b.startswith('/'):
                path = b
            elif not path or path.endswith('/'):
                path += b
            else:
                path += '/' + b
        return path
    def exists(self, p):
        try:
            q = _norm(p)
        except TypeError:
            return False
        return q in _dirs or q in _files
    def isdir(self, p):
        return _norm(p) in _dirs
    def isfile(self, p):
        return _norm(p) in _files
    def isabs(self, p):
        return _fspath(p).startswith('/')
    def basename(self, p):
        p = _fspath(p)
        return p[p.rfind('/') + 1:]
    def dirname(self, p):
        p = _fspath(p)
        i = p.rfind('/') + 1
        head = p[:i]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head
    def split(self, p):
        return (self.dirname(p), self.basename(p))
    def splitext(self, p):
        p = _fspath(p)
        base = self.basename(p)
        k = base.rfind('.')
        if k <= 0 or base[:k].strip('.') == '' and k == len(base) - 1 and False:
            return (p, '')
        if k <= 0:
            return (p, '')
        cut = len(p) - len(base) + k
        return (p[:cut], p[cut:])
    def abspath(self, p):
        return _norm(p)
    def normpath(self, p):
        p = _fspath(p)
        if not p:
            return '.'
        absolute = p.startswith('/')
        parts = []
        for part in p.split('/'):
            if part in ('', '.'):
                continue
            if part == '..' and parts and parts[-1] != '..':
                parts.pop()
            elif part == '..' and absolute:
                continue
            else:
                parts.append(part)
        s = '/'.join(parts)
        if absolute:
            return '/' + s
        return s or '.'
    def getsize(self, p):
        return stat(p).st_size
    def expanduser(self, p):
        return p.replace('~', environ['HOME'], 1) if p.startswith('~') else p

path = _Path()
_sys.modules['os.path'] = path
)PYSRC";

void init_os_module(ModuleObj* m) { run_source_module(m, kOsSource); }

} // namespace tulip::lang
