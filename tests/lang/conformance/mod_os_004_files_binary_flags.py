# The flags example's save step: write bytes with 'wb' into a directory, read them back.
import os
DEST_DIR = "tulip_conf_tmp_os004"
FLAGS = {"BR": b"GIF89a\x01\x00br", "CN": b"GIF89a\x02\x00cn", "IN": b"GIF89a\x03\x00in"}
def save_flag(img, filename):
    path = os.path.join(DEST_DIR, filename)
    with open(path, "wb") as fp:
        fp.write(img)
os.makedirs(DEST_DIR, exist_ok=True)
try:
    for cc in sorted(FLAGS):
        save_flag(FLAGS[cc], cc.lower() + ".gif")
        print(cc, end=" ")
    print()
    print(f"{len(FLAGS)} flags downloaded.")
    print(sorted(os.listdir(DEST_DIR)))
    with open(os.path.join(DEST_DIR, "cn.gif"), "rb") as fp:
        data = fp.read()
    print(data, len(data), data == FLAGS["CN"], type(data).__name__)
finally:
    for name in os.listdir(DEST_DIR):
        os.remove(os.path.join(DEST_DIR, name))
    os.rmdir(DEST_DIR)
print(os.path.exists(DEST_DIR))
