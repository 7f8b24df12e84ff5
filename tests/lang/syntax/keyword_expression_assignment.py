print(obj.attr=1)
