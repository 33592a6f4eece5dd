-- A string key of a weak table whose entry is cleared stays in its node: it must not be freed
-- while a lookup can still compare against it (it becomes a dead key first).
local a = setmetatable({}, {__mode = "kv"})
a[string.rep("a", 2^22)] = 25   -- a long string key with a number value: kept
a[string.rep("b", 2^22)] = {}   -- a long string key with a collectable value: cleared
a[{}] = 14                      -- a collectable key: cleared
collectgarbage()
local k, v = next(a)
assert(k == string.rep("a", 2^22) and v == 25)
assert(next(a, k) == nil)
assert(a[string.rep("b", 2^22)] == nil)
a[k] = nil
k = nil
collectgarbage()
assert(next(a) == nil)
assert(a[string.rep("b", 100)] == nil)
assert(a[string.rep("a", 2^22)] == nil)

-- the same with short strings and many entries, cleared by their values
local w = setmetatable({}, {__mode = "kv"})
for i = 1, 200 do w["key" .. i] = {} end
collectgarbage()
assert(next(w) == nil)
for i = 1, 200 do assert(w["key" .. i] == nil) end
