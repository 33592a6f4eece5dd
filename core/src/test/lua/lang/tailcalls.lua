-- Proper tail calls run in constant space; deep non-tail recursion is a catchable
-- "stack overflow" error.

-- a tail-recursive loop of a million iterations
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
assert(loop(1000000, 0) == 1000000)

-- mutual tail recursion
local iseven, isodd
function iseven(n) if n == 0 then return true end return isodd(n - 1) end
function isodd(n) if n == 0 then return false end return iseven(n - 1) end
assert(iseven(1000000) and isodd(999999))

-- tail calls through a vararg function and with a changing number of arguments
local function va(n, ...)
  if n == 0 then return select('#', ...) end
  return va(n - 1, n, ...)            -- the argument list grows
end
assert(va(100) == 100)
local function shrink(n, ...)
  if n == 0 then return ... end
  return shrink(n - 1)
end
assert(shrink(1000000, 1) == nil)

-- a tail call to a Java function and to a callable table
local function tostr(x) return tostring(x) end
assert(tostr(12) == "12")
local callable = setmetatable({}, {__call = function (_, n) return n * 2 end})
local function viacall(n) if n == 0 then return callable(21) end return viacall(n - 1) end
assert(viacall(100000) == 42)

-- a tail call keeps the results of the callee, all of them
local function many() return 1, 2, 3 end
local function tail() return many() end
assert(select('#', tail()) == 3)

-- deep non-tail recursion overflows the stack with a catchable error
local ok, msg = pcall(load("local function f() return 1 + f() end return f()", "=x"))
assert(not ok and msg == "x:1: stack overflow")
local depth = 0
local function deep() depth = depth + 1; return 1 + deep() end
ok, msg = pcall(deep)
assert(not ok and depth > 1000 and type(msg) == "string")
-- the state is usable afterwards, also for deep-but-legal recursion
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
assert(sum(10000) == 50005000)
ok = pcall(deep)
assert(not ok)

-- overflow inside a metamethod chain and inside pcall nesting
local mt = {}
mt.__index = function (t, k) return t[k .. "x"] end
local rec = setmetatable({}, mt)
ok = pcall(function () return rec.a end)
assert(not ok)
local function nest(n) return pcall(nest, n + 1) end
ok = nest(0)                            -- ends with an error caught by some pcall
assert(ok == false or ok == true)
-- error objects raised at the limit are still delivered
ok, msg = pcall(function () local function f() f() end f() end)
assert(not ok and type(msg) == "string")
