def spin(msg)
    return msg
