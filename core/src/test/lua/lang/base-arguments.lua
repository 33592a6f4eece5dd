-- Argument checks of the base library (luaL_argexpected wording).
local ok, msg = pcall(rawlen, 1)
assert(not ok and msg == "bad argument #1 to 'rawlen' (table or string expected, got number)")
ok, msg = pcall(setmetatable, {})
assert(not ok and msg == "bad argument #2 to 'setmetatable' (nil or table expected, got no value)")
ok, msg = pcall(load)
assert(not ok and msg == "bad argument #1 to 'load' (function expected, got no value)")
