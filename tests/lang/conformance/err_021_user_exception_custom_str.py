# Uncaught user exception with attributes and a custom __str__.
class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url
    def __str__(self):
        return f"{self.status} for {self.url}"
def fetch(url):
    if url.endswith("missing"):
        raise HTTPError(404, url)
    return f"<page {url}>"
print(fetch("http://example/ok"))
print(fetch("http://example/missing"))
