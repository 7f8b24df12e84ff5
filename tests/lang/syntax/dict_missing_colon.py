config = {"host": "localhost", "port"}
