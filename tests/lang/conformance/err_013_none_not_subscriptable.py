# Uncaught TypeError: subscripting None returned by a function without return.
def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user
users = [{"name": "ann", "age": 30}, {"name": "bob", "age": 25}]
print(find_user(users, "ann")["age"])
result = find_user(users, "zed")
print("result is", result)
print(result["age"])
