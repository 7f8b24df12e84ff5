# The chapter's flags downloader, offline: a fake HTTP table, sequential "downloads", saving to disk.
import os
import time
POP20_CC = "CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR".split()
BASE_URL = "http://flupy.org/data/flags"
DEST_DIR = "tulip_conf_tmp_flags"
FAKE_SERVER = {f"{BASE_URL}/{cc.lower()}/{cc.lower()}.gif": b"GIF89a" + cc.encode() * 3 for cc in POP20_CC}
class HTTPError(Exception):
    def __init__(self, url):
        super().__init__(f"404 Not Found: {url}")
def get_flag(cc):
    url = f"{BASE_URL}/{cc.lower()}/{cc.lower()}.gif"
    if url not in FAKE_SERVER:
        raise HTTPError(url)
    return FAKE_SERVER[url]
def save_flag(img, filename):
    with open(os.path.join(DEST_DIR, filename), "wb") as fp:
        fp.write(img)
def download_many(cc_list):
    done = 0
    for cc in sorted(cc_list):
        try:
            image = get_flag(cc)
        except HTTPError as e:
            print(f"\n*** Error for {cc}: {e}")
            continue
        print(cc, end=" ")
        save_flag(image, cc.lower() + ".gif")
        done += 1
    print()
    return done
os.makedirs(DEST_DIR, exist_ok=True)
try:
    t0 = time.perf_counter()
    count = download_many(POP20_CC + ["XX"])
    elapsed = time.perf_counter() - t0
    print(f"{count} flags downloaded", "(elapsed time is non-negative: %s)" % (elapsed >= 0))
    files = sorted(os.listdir(DEST_DIR))
    print(len(files), files[:5])
    with open(os.path.join(DEST_DIR, "br.gif"), "rb") as fp:
        print(fp.read())
finally:
    for name in os.listdir(DEST_DIR):
        os.remove(os.path.join(DEST_DIR, name))
    os.rmdir(DEST_DIR)
