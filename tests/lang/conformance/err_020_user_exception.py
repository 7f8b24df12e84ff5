# Uncaught user-defined exception from __main__: printed without the module prefix.
class ValidationError(Exception):
    pass
def validate(age):
    if not 0 <= age <= 150:
        raise ValidationError(f"age out of range: {age}")
    return age
for age in (30, 0, 150):
    print("valid:", validate(age))
validate(200)
