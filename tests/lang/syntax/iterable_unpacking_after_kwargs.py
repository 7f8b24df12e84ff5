print(**options, *args)
