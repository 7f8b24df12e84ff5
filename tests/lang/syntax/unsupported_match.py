# error: line 3
command = "go"
match command:
    case "go":
        print("going")
