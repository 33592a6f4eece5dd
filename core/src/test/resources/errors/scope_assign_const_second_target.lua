local a, b <const> = 1, 2
a, b = 3, 4