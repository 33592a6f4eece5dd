-- Only a local or an upvalue named _ENV makes an indexed name a "global" (5.4.8): a field
-- called _ENV of some table is just a field.
local ok, msg = pcall(load("local a = {_ENV = {}}; return a._ENV.x + 1", "=x"))
assert(not ok and msg == "x:1: attempt to perform arithmetic on a nil value (field 'x')")
ok, msg = pcall(load("return ('_ENV').x + 1", "=x"))
assert(not ok and msg == "x:1: attempt to perform arithmetic on a nil value (field 'x')")
-- while a real _ENV still names globals
ok, msg = pcall(load("local _ENV = {}; return x + 1", "=x"))
assert(not ok and msg == "x:1: attempt to perform arithmetic on a nil value (global 'x')")
