-- Tables: constructors, keys, the length border, next and pairs while assigning.

local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

-- constructors: positional, named, computed keys, trailing separators
local t = {1, 2, 3; x = "a", ["y"] = "b", [10] = 10, 4,}
assert(t[1] == 1 and t[4] == 4 and t.x == "a" and t.y == "b" and t[10] == 10 and count(t) == 7)
t = {[1] = "a", "b"}            -- the positional item wins
assert(t[1] == "b" and count(t) == 1)
local function three() return 1, 2, 3 end
t = {three()}
assert(#t == 3 and t[3] == 3)
t = {three(), three()}
assert(#t == 4 and t[1] == 1 and t[2] == 1 and t[4] == 3)
t = {(three())}
assert(#t == 1)
t = {three(), nil}
assert(t[1] == 1 and t[2] == nil)
t = {n = select('#'), ...}
assert(t.n == 0)

-- a constructor with many items (several SETLIST batches)
local src = {"return {"}
for i = 1, 1000 do src[#src + 1] = i .. "," end
src[#src + 1] = "}"
local s = ""
for i = 1, #src do s = s .. src[i] end
t = load(s)()
assert(#t == 1000 and t[1] == 1 and t[500] == 500 and t[1000] == 1000)

-- keys: floats with integral values are integer keys; -0.0 is 0; NaN is rejected
t = {}
t[1.0] = "one"; t[2] = "two"; t[-0.0] = "zero"
assert(t[1] == "one" and t[2.0] == "two" and t[0] == "zero" and count(t) == 3)
t[2 ^ 53] = "big"
assert(t[1 << 53] == "big")
t[1.5] = "half"
assert(t[1.5] == "half" and t[1] == "one")
local ok, msg = pcall(function () t[0 / 0] = 1 end)
assert(not ok)
ok, msg = pcall(function () t[nil] = 1 end)
assert(not ok)
assert(t[nil] == nil and t[0 / 0] == nil)   -- reading such keys is fine
ok = pcall(rawset, t, nil, 1)
assert(not ok)
t["1"] = "string one"
assert(t[1] == "one" and t["1"] == "string one")
t[true] = 1; t[print] = 2; t[t] = 3
assert(t[true] == 1 and t[print] == 2 and t[t] == 3)

-- the length is a border: t[#t] ~= nil (or #t == 0) and t[#t + 1] == nil
local function isborder(t)
  local n = #t
  return (n == 0 or t[n] ~= nil) and t[n + 1] == nil
end
assert(#{} == 0 and #{1, 2, 3} == 3 and #{nil} == 0 and #{n = 1} == 0)
t = {1, 2, nil, 4}
assert(isborder(t))
t = {1, 2, 3, nil, nil}
assert(#t == 3)
t = {}
for i = 1, 100 do t[i] = i end
assert(#t == 100)
t[100] = nil
assert(#t == 99)
t[50] = nil
assert(isborder(t))
for i = 1, 49 do t[i] = nil end
assert(isborder(t))
t = {}
t[1] = 1; t[2] = 2; t[4] = 4
assert(isborder(t))
t = {}
for i = 1000, 1, -1 do t[i] = true end   -- filled backwards, in the hash part
assert(#t == 1000)
t = {}
t[1 << 40] = true
assert(#t == 0)

-- next: the order is fixed while existing fields are assigned or cleared
t = {}
for i = 1, 50 do t[i] = i; t["k" .. i] = i; t[i + 0.5] = i end
local seen = 0
for k, v in pairs(t) do
  seen = seen + 1
  t[k] = nil                                     -- clearing the current field
end
assert(seen == 150 and next(t) == nil)
for i = 1, 50 do t[i] = i; t["k" .. i] = i end
seen = 0
for k, v in pairs(t) do
  seen = seen + 1
  t[k] = v * 2                                   -- updating existing fields
end
assert(seen == 100 and t[7] == 14 and t.k7 == 14)
seen = 0
local k = next(t)
while k ~= nil do
  seen = seen + 1
  if seen % 2 == 0 then t[k] = nil end
  k = next(t, k)
end
assert(seen == 100 and count(t) == 50)

-- next with invalid keys and at the end
assert(next({}) == nil)
assert(next({10}) == 1 and select(2, next({10})) == 10)
assert(next({10}, 1) == nil)
ok, msg = pcall(next, {}, "nokey")
assert(not ok)

-- ipairs stops at the first nil
local n = 0
for i, v in ipairs({1, 2, nil, 4}) do n = n + 1 end
assert(n == 2)

-- rawlen, rawget, rawequal
assert(rawlen({1, 2}) == 2 and rawlen("abc") == 3)
assert(rawget({x = 1}, "x") == 1 and rawequal(t, t) and not rawequal({}, {}))
ok = pcall(rawlen, 1)
assert(not ok)

-- tables are compared by identity
local a, b = {}, {}
assert(a ~= b and a == a)

-- growing and shrinking many times
t = {}
for round = 1, 5 do
  for i = 1, 2000 do t[i] = i end
  for i = 1, 2000 do t["s" .. i] = i end
  for i = 1, 2000 do t[i] = nil; t["s" .. i] = nil end
  assert(next(t) == nil)
end
