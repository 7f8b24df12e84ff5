# if / elif / else chains and truthiness of conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in (95, 85, 75, 10, 90, 80):
    print(s, grade(s))
for v in (0, 1, -1, "", "x", [], [0], {}, None, 0.0, -0.0, (), range(0), range(1)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
elif x > 100:
    print("never")
if not x:
    print("never")
elif x == 5: print("elif on one line")
