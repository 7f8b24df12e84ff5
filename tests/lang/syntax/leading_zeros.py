port = 08080
