-- Varargs and multiple results: select, adjustment, ... in calls, tables and returns.

local function pack(...) return {n = select('#', ...), ...} end
local function id(...) return ... end
local function none() end
local function three() return 1, 2, 3 end

assert(select('#') == 0 and select('#', nil) == 1 and select('#', nil, nil) == 2)
assert(select('#', none()) == 0 and select('#', three()) == 3)
assert(select('#', three(), three()) == 4 and select('#', (three())) == 1)
assert(select(2, "a", "b", "c") == "b" and select('#', select(2, "a", "b", "c")) == 2)
assert(select(-1, "a", "b", "c") == "c" and select(-3, "a", "b", "c") == "a")
assert(select('#', select(4, "a", "b", "c")) == 0)
local ok, msg = pcall(select, 0, "a")
assert(not ok and msg == "bad argument #1 to 'select' (index out of range)")
ok, msg = pcall(select, -4, "a", "b", "c")
assert(not ok and msg == "bad argument #1 to 'select' (index out of range)")
ok, msg = pcall(select, "x")
assert(not ok and msg == "bad argument #1 to 'select' (number expected, got string)")

-- nils inside and at the end are kept
local t = pack(nil, 2, nil)
assert(t.n == 3 and t[1] == nil and t[2] == 2 and t[3] == nil)
assert(select('#', id(nil, nil, nil)) == 3)

-- adjustment to one value in the middle of lists and in parentheses
local a, b, c, d = three(), 10
assert(a == 1 and b == 10 and c == nil and d == nil)
a, b, c, d = 0, three()
assert(a == 0 and b == 1 and c == 2 and d == 3)
a, b = (three())
assert(a == 1 and b == nil)
t = {three(), three(), 9}
assert(#t == 3 and t[2] == 1 and t[3] == 9)
t = {id(three())}
assert(#t == 3)
assert((id(1, 2)) == 1)

-- returns of calls in tail and non-tail positions
local function tailret() return three() end
local function parenret() return (three()) end
assert(select('#', tailret()) == 3 and select('#', parenret()) == 1)
local function addone(...) return 0, ... end
t = pack(addone(three()))
assert(t.n == 4 and t[1] == 0 and t[4] == 3)

-- ... in the main chunk of load
local f = load("return select('#', ...), ...")
t = pack(f(1, nil, 3))
assert(t.n == 4 and t[1] == 3 and t[2] == 1 and t[3] == nil and t[4] == 3)
f = load("local a, b = ... return b, a")
a, b = f("x", "y")
assert(a == "y" and b == "x")

-- named parameters with varargs; extra and missing arguments
local function mixed(a, b, ...)
  return a, b, select('#', ...)
end
a, b, c = mixed(1)
assert(a == 1 and b == nil and c == 0)
a, b, c = mixed(1, 2, 3, 4, 5)
assert(a == 1 and b == 2 and c == 3)
local function fixed(a, b) return a, b end
a, b = fixed(1, 2, 3, 4)
assert(a == 1 and b == 2)

-- many values through ... and returns
local function range(n, i)
  i = i or 1
  if i > n then return end
  return i, range(n, i + 1)
end
t = pack(range(200))
assert(t.n == 200 and t[1] == 1 and t[200] == 200)
local big = {}
for i = 1, 5000 do big[i] = i end
local function count(...) return select('#', ...) end
local function unpackall(t, i)
  i = i or 1
  if i > #t then return end
  return t[i], unpackall(t, i + 1)
end
assert(count(unpackall(big)) == 5000)
assert(select(5000, unpackall(big)) == 5000)

-- varargs are copied on entry: changing a parameter does not change ...
local function shadow(a, ...)
  a = 10
  return ...
end
assert(shadow(1, 2) == 2)

-- a vararg function called with a different number of arguments each time
local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do s = s + (select(i, ...)) end
  return s
end
assert(sum() == 0 and sum(1) == 1 and sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10) == 55)

-- multiple assignment evaluates all expressions before assigning
local x, y = 1, 2
x, y = y, x
assert(x == 2 and y == 1)
t = {1, 2}
local k = 1
k, t[k] = 2, "changed"                 -- t[1]: the index was evaluated first
assert(k == 2 and t[1] == "changed" and t[2] == 2)
