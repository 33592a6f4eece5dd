-- Stores that add keys, as the inner loop does them when no __newindex applies: string, float
-- and integer keys with growth, nil and NaN keys raising their errors, tables whose
-- metatable has __newindex (called for new keys only) or only __index (raw stores).
local t = {}
for i = 1, 100 do t["k" .. i] = i; t[i * 1.0] = i end
assert(t.k50 == 50 and t[50] == 50 and #t == 100)
local ok, e = pcall(function() local x = {} x[nil] = 1 end)
assert(not ok and e:find("table index is nil"), e)
ok, e = pcall(function() local x = {} x[0/0] = 1 end)
assert(not ok and e:find("table index is NaN"), e)
local log = {}
local p = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v) end})
p.a = 1; p.a = 2; p.b = 3
assert(#log == 2 and p.a == 2 and p.b == 3)
local q = setmetatable({}, {__index = {}})
q.z = 5; q[1] = 7
assert(rawget(q, "z") == 5 and rawget(q, 1) == 7)
