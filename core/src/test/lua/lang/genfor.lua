-- Generic for: iterator protocol, state and control values, closing value, pairs and ipairs.

-- a stateless iterator
local function iter(limit, i)
  if i < limit then return i + 1, i * 2 end
end
local ks, vs = {}, {}
for k, v in iter, 3, 0 do ks[#ks + 1] = k; vs[#vs + 1] = v end
assert(#ks == 3 and ks[3] == 3 and vs[3] == 4)

-- a closure iterator
local function upto(n)
  local i = 0
  return function () i = i + 1; if i <= n then return i end end
end
local s = 0
for i in upto(100) do s = s + i end
assert(s == 5050)

-- the loop stops when the first value is nil, even if others are not
local n = 0
for a, b in function (_, c) if not c then return false, 1 end return nil, 2 end do
  n = n + 1
  if n > 3 then break end
end
assert(n == 4)                    -- false is not nil: the loop goes on
n = 0
for a, b in function () return nil, 1 end do n = n + 1 end
assert(n == 0)

-- extra variables are nil; extra values are dropped
for a, b, c, d in function (_, k) if not k then return 1, 2 end end do
  assert(a == 1 and b == 2 and c == nil and d == nil)
end

-- the explist is adjusted to four values (function, state, control, closing)
local function triple() return iter, 2, 0 end
n = 0
for k in triple() do n = n + 1 end
assert(n == 2)

-- modifying the control variable does not affect the iteration (it is a copy)
n = 0
for k in iter, 3, 0 do k = 100; n = n + 1 end
assert(n == 3)

-- ipairs
local t = {10, 20, 30, nil, 50}
n = 0
for i, v in ipairs(t) do n = n + 1; assert(v == i * 10) end
assert(n == 3)
-- ipairs respects __index
local proxy = setmetatable({}, {__index = function (_, i) if i <= 4 then return i * i end end})
n = 0
for i, v in ipairs(proxy) do n = n + 1; assert(v == i * i) end
assert(n == 4)

-- pairs visits every key once
t = {}
for i = 1, 100 do t[i] = i; t["k" .. i] = -i end
local sum, count = 0, 0
for k, v in pairs(t) do sum = sum + v; count = count + 1 end
assert(sum == 0 and count == 200)
-- pairs returns next, the table and nil
local f, st, ctl = pairs(t)
assert(f == next and st == t and ctl == nil)
local ok = pcall(pairs)
assert(not ok and not pcall(function () for k in pairs(nil) do end end))

-- a to-be-closed fourth value is closed when the loop ends, breaks or errors
local closed = 0
local closer = setmetatable({}, {__close = function () closed = closed + 1 end})
local function withclose() return iter, 3, 0, closer end
for k in withclose() do end
assert(closed == 1)
for k in withclose() do break end
assert(closed == 2)
local function early() for k in withclose() do return k end end
assert(early() == 1 and closed == 3)
ok = pcall(function () for k in withclose() do error("boom") end end)
assert(not ok and closed == 4)
ok = pcall(function () for k in iter, 3, 0, 42 do end end)   -- not closable
assert(not ok)

-- nested loops over the same table
t = {1, 2, 3}
n = 0
for _, a in ipairs(t) do for _, b in ipairs(t) do n = n + a * b end end
assert(n == 36)

-- calling a non-function iterator
ok = pcall(function () for k in 42 do end end)
assert(not ok)
local callable = setmetatable({}, {__call = function (self, _, k) k = k + 1; if k <= 2 then return k end end})
n = 0
for k in callable, nil, 0 do n = n + 1 end
assert(n == 2)
