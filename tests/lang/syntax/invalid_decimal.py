delay = 1abc
