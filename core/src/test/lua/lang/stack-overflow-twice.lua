-- Every stack overflow is reported as such, not only the first one caught in a state.
local f = load("local function f() return 1 + f() end return f()", "=x")
local ok, msg = pcall(f)
assert(not ok and msg == "x:1: stack overflow")
ok, msg = pcall(f)
assert(not ok and msg == "x:1: stack overflow")
