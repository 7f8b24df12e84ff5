# os.environ.get with defaults for variables that are not set.
import os
print(os.environ.get("TULIP_UNSET_VAR", "default"))
print(os.environ.get("TULIP_UNSET_VAR"))
print(os.environ.get("TULIP_UNSET_VAR_2", "") == "")
print("TULIP_UNSET_VAR" in os.environ)
level = int(os.environ.get("TULIP_UNSET_LEVEL", "3"))
print(level * 2)
debug = os.environ.get("TULIP_UNSET_DEBUG", "0") == "1"
print(debug)
server = os.environ.get("TULIP_UNSET_SERVER", "LOCAL")
base_url = {"LOCAL": "http://localhost:8001/flags", "REMOTE": "http://flupy.org/data/flags"}
print(base_url[server])
