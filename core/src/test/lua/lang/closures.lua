-- Closures and upvalues: sharing, closing, fresh locals per loop iteration.

-- a counter: the upvalue outlives the call that created it
local function counter()
  local n = 0
  return function () n = n + 1; return n end
end
local c1, c2 = counter(), counter()
assert(c1() == 1 and c1() == 2 and c2() == 1 and c1() == 3)

-- two closures share one upvalue, before and after it is closed
local function pair()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  set(5)
  assert(get() == 5 and v == 5)
  v = 6
  assert(get() == 6)
  return get, set
end
local get, set = pair()
assert(get() == 6)
set(7)
assert(get() == 7)

-- nested levels: an upvalue of an upvalue
local function outer()
  local x = 1
  return function ()
    return function () x = x + 1; return x end
  end
end
local mk = outer()
local f1, f2 = mk(), mk()
assert(f1() == 2 and f2() == 3 and f1() == 4)

-- numeric for: each iteration has a fresh control variable copy
local fs = {}
for i = 1, 5 do fs[i] = function () return i end end
for i = 1, 5 do assert(fs[i]() == i) end

-- generic for: fresh variables too
fs = {}
for i, v in ipairs({"a", "b", "c"}) do fs[i] = function () return v end end
assert(fs[1]() == "a" and fs[3]() == "c")

-- repeat: a local declared in the body is fresh each time
fs = {}
local i = 0
repeat
  local k = i
  fs[#fs + 1] = function () return k end
  i = i + 1
until k >= 2                         -- 'until' sees the body's locals
assert(#fs == 3 and fs[1]() == 0 and fs[3]() == 2)

-- a loop variable captured and modified inside the body does not change the loop
local count = 0
for n = 1, 3 do
  local g = function () n = n * 100 end
  g()
  count = count + 1
  assert(n >= 100)
end
assert(count == 3)

-- break and goto out of a block close its upvalues
fs = {}
for n = 1, 10 do
  local x = n
  fs[n] = function () return x end
  if n == 3 then break end
end
assert(#fs == 3 and fs[3]() == 3)

-- closures sharing a loop-body local see each other's writes
fs = {}
for n = 1, 2 do
  local shared = n
  fs[n] = {function () return shared end, function (v) shared = v end}
end
fs[1][2](42)
assert(fs[1][1]() == 42 and fs[2][1]() == 2)

-- recursion through a local function's own upvalue
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
assert(fact(20) == 2432902008176640000)
local fib
fib = function (n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
assert(fib(20) == 6765)

-- parameters are upvalues too, and varargs can be captured through a table
local function adder(a) return function (b) a = a + b; return a end end
local add = adder(10)
assert(add(1) == 11 and add(1) == 12)
local function capture(...)
  local args = {...}
  return function (k) return args[k] end
end
assert(capture(1, 2, 3)(3) == 3)

-- many upvalues in one closure
local u1, u2, u3, u4, u5, u6, u7, u8, u9, u10 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
local function sum() return u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9 + u10 end
assert(sum() == 55)
u10 = 100
assert(sum() == 145)

-- _ENV is an upvalue: a function with its own _ENV
local function withenv()
  local _ENV = {y = 5}
  return function () return y end
end
assert(withenv()() == 5)
local env = {x = 1}
local fx = load("x = x + 1; return x", "=env", "t", env)
assert(fx() == 2 and fx() == 3 and env.x == 3 and x == nil)

-- a closure created in a loop many times (closing many upvalues)
local total = 0
for n = 1, 10000 do
  local v = n
  local f = function () return v end
  total = total + f()
end
assert(total == 50005000)
