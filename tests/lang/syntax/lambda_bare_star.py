handler = lambda *: None
