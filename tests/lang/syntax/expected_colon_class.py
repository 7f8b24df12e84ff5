class Spinner(object)
    pass
