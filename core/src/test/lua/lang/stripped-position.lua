-- A runtime error in a function without line information (a stripped binary chunk) is
-- positioned as "?:-1:".
local function bad() local x; return x.y end
local ok, e = pcall(load(string.dump(bad, true)))
assert(not ok and e == "?:-1: attempt to index a nil value")
