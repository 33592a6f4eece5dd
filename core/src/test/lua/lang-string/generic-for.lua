-- Generic for loops as the inner loop runs them inside nested calls: Java iterators (next,
-- ipairs, gmatch), Lua iterators and closures, closing values, iterators that error, yield,
-- return several or no values, and loops left by break, goto and return.
local function keys(t)
  local n = 0
  for k in pairs(t) do n = n + 1 end
  return n
end
local function isum(t)
  local s = 0
  for i, v in ipairs(t) do s = s + i * v end
  return s
end
local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i, i * i end end
end
local function squares(n)
  local s = 0
  for i, sq in range(n) do s = s + sq end
  return s
end
local function stateless(t, i)
  i = i + 1
  if t[i] then return i, t[i] end
end
local function nested(depth)
  if depth == 0 then
    return keys({a = 1, b = 2, 3}) + isum({5, 6}) + squares(4)
  end
  return nested(depth - 1)
end
assert(nested(10) == 3 + 17 + 30)
assert(nested(250) == 50)            -- past the inner loop's nesting bound

local total = 0
for _, v in stateless, {4, 5, 6}, 0 do total = total + v end
assert(total == 15)
for w in ("one two three"):gmatch("%a+") do total = total + #w end
assert(total == 26)
for k, v in next, {x = 1} do assert(k == "x" and v == 1) end
for _ in function() end do error("never") end

-- break, goto and return out of the loop
local function find(t, x)
  for i, v in ipairs(t) do if v == x then return i end end
  return nil
end
assert(find({7, 8, 9}, 9) == 3 and find({7}, 1) == nil)
local n = 0
for i in range(100) do n = i; if i == 5 then break end end
assert(n == 5)
for i in range(3) do
  for j in range(3) do if j == 2 then goto next end n = n + 1 end
  ::next::
end
assert(n == 8)

-- a closing value: closed on normal end, on break and on error
local closed = 0
local function closer() return setmetatable({}, {__close = function() closed = closed + 1 end}) end
for _ in range(2), nil, nil, closer() do end
for _ in range(5), nil, nil, closer() do break end
assert(not pcall(function() for _ in range(5), nil, nil, closer() do error("x") end end))
assert(closed == 3)
local ok, e = pcall(function() for _ in range(1), nil, nil, 42 do end end)
assert(not ok and e:find("non%-closable"), e)

-- iterator errors and non-callable iterators
ok, e = pcall(function() for _ in function() error("boom") end do end end)
assert(not ok and e:find("boom"), e)
ok, e = pcall(function() for _ in 42 do end end)
assert(not ok and e:find("attempt to call"), e)
local callable = setmetatable({}, {__call = function(_, _, i) i = (i or 0) + 1; if i < 4 then return i end end})
n = 0
for i in callable do n = n + i end
assert(n == 6)

-- an iterator that yields, inside a coroutine, several levels down
local function gen()
  return coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
end
local co = coroutine.wrap(function()
  local s = 0
  for i in function(_, c) c = (c or 0) + 1; if c <= 3 then coroutine.yield(c); return c end end do
    s = s + i
  end
  for i in gen() do s = s + i end
  return "done", s
end)
assert(co() == 1 and co() == 2 and co() == 3)
local tag, s = co()
assert(tag == "done" and s == 12)
