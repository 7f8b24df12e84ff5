print（"hi"）
