-- The message of an integer modulo by zero.
local ok, msg = pcall(load("local z = 0 return 1 % z", "=x"))
assert(not ok and msg == "x:1: attempt to perform 'n%0'")
