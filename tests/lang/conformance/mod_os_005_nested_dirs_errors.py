# Nested makedirs, reading a missing file, and makedirs without exist_ok.
import os
root = "tulip_conf_tmp_os005"
nested = os.path.join(root, "a", "b")
os.makedirs(nested, exist_ok=True)
try:
    print(os.path.exists(nested), sorted(os.listdir(root)), sorted(os.listdir(os.path.join(root, "a"))))
    path = os.path.join(nested, "note.txt")
    with open(path, "w") as f:
        f.write("line 1\nline 2\n")
        f.write(str(42))
    with open(path) as f:
        print(f.readline().rstrip(), "|", f.read())
    try:
        open(os.path.join(root, "missing.txt"))
    except OSError as e:
        print("missing file:", isinstance(e, OSError), e.errno)
    try:
        os.makedirs(nested)
    except OSError as e:
        print("exists already:", isinstance(e, OSError))
finally:
    os.remove(os.path.join(nested, "note.txt"))
    os.rmdir(nested)
    os.rmdir(os.path.join(root, "a"))
    os.rmdir(root)
print(os.path.exists(root))
