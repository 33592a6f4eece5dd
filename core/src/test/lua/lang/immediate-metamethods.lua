-- x - k and x << k with a constant k: the handlers of __sub and __shl run, with k unchanged.
local mt = {}
for _, e in ipairs({"add", "sub", "shl", "shr"}) do
  mt["__" .. e] = function (a, b) return e .. " " .. tostring(b) end
end
local v = setmetatable({}, mt)
assert(v - 1 == "sub 1")
assert(v - 1.5 == "sub 1.5")
assert(v << 4 == "shl 4")
assert(v << -4 == "shl -4")
assert(v >> 4 == "shr 4")
assert(v + 1 == "add 1")
