-- The line of an error is the line of the token that completes the failing operation.
local ok, msg = pcall(load("local t = {}\nt.a =\n  t.b.c", "=x"))
assert(not ok and msg == "x:3: attempt to index a nil value (field 'b')")
ok, msg = pcall(load("local t = {\n  x =\n    y.z }", "=x"))
assert(not ok and msg == "x:3: attempt to index a nil value (global 'y')")
ok, msg = pcall(load("\n\n for k,v in \n 3 \n do \n print(k) \n end", "=x"))
assert(not ok and msg:find("^x:4: attempt to call a number value"))
