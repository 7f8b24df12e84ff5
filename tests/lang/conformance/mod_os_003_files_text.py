# makedirs, write and read text files, exists, listdir; clean up afterwards.
import os
folder = "tulip_conf_tmp_os003"
os.makedirs(folder, exist_ok=True)
os.makedirs(folder, exist_ok=True)
print(os.path.exists(folder))
try:
    for name, text in [("b.txt", "bravo\n"), ("a.txt", "alpha\nsecond line\n"), ("c.txt", "")]:
        with open(os.path.join(folder, name), "w") as f:
            written = f.write(text)
        print("wrote", name, written)
    print(sorted(os.listdir(folder)))
    with open(os.path.join(folder, "a.txt")) as f:
        print(repr(f.read()))
    print(repr(open(os.path.join(folder, "b.txt")).read()))
    print(os.path.exists(os.path.join(folder, "a.txt")), os.path.exists(os.path.join(folder, "zz.txt")))
    with open(os.path.join(folder, "a.txt"), "a") as f:
        f.write("appended\n")
    with open(os.path.join(folder, "a.txt")) as f:
        print([line.rstrip("\n") for line in f])
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
print(os.path.exists(folder))
