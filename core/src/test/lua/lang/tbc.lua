-- To-be-closed variables: closing order, the error argument, errors in handlers, const.

local log = {}
local function closer(name)
  return setmetatable({}, {__close = function (self, err)
    log[#log + 1] = name .. ":" .. tostring(err)
  end})
end
local function reset() log = {} end

-- closed in reverse order at the end of the block
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  local c <const> = 1
  assert(#log == 0)
end
assert(#log == 2 and log[1] == "b:nil" and log[2] == "a:nil")

-- nil and false are allowed and ignored
reset()
do
  local x <close> = nil
  local y <close> = false
  local z <close> = closer("z")
end
assert(#log == 1 and log[1] == "z:nil")

-- a value without __close is an error at the declaration
local ok, msg = pcall(load("local x <close> = {}", "=x"))
assert(not ok and msg == "x:1: variable 'x' got a non-closable value")
ok, msg = pcall(load("local x <close> = 42", "=x"))
assert(not ok and msg == "x:1: variable 'x' got a non-closable value")

-- closed on return, with the return values computed first
reset()
local function ret()
  local a <close> = closer("a")
  return #log, "r"
end
local n, r = ret()
assert(n == 0 and r == "r" and #log == 1)

-- closed on break and goto out of the block
reset()
for i = 1, 3 do
  local c <close> = closer("i" .. i)
  if i == 2 then break end
end
assert(#log == 2 and log[1] == "i1:nil" and log[2] == "i2:nil")
reset()
do
  local c <close> = closer("g")
  goto out
end
::out::
assert(#log == 1 and log[1] == "g:nil")

-- closed on error, receiving the error object; the error goes on
reset()
ok, msg = pcall(function ()
  local a <close> = closer("a")
  local b <close> = closer("b")
  error("boom", 0)
end)
assert(not ok and msg == "boom")
assert(#log == 2 and log[1] == "b:boom" and log[2] == "a:boom")

-- an error in a closing handler replaces the error; other handlers still run
reset()
ok, msg = pcall(function ()
  local a <close> = closer("a")
  local bad <close> = setmetatable({}, {__close = function (_, e) error("in close", 0) end})
  local c <close> = closer("c")
  error("first", 0)
end)
assert(not ok and msg == "in close")
assert(#log == 2 and log[1] == "c:first" and log[2] == "a:in close")

-- an error in a handler on a normal exit becomes the error of the block
reset()
ok, msg = pcall(function ()
  local a <close> = closer("a")
  local bad <close> = setmetatable({}, {__close = function () error("late", 0) end})
  return "not returned"
end)
assert(not ok and msg == "late" and #log == 1 and log[1] == "a:late")

-- const and close variables cannot be assigned
local f, err = load("local x <const> = 1; x = 2", "=x")
assert(f == nil and err == "x:1: attempt to assign to const variable 'x'")
f, err = load("local x <close> = nil; x = 2", "=x")
assert(f == nil and err == "x:1: attempt to assign to const variable 'x'")
f, err = load("local x <foo> = 1", "=x")
assert(f == nil and err == "x:1: unknown attribute 'foo'")
f, err = load("local x <close>, y <close> = nil, nil", "=x")
assert(f == nil and err == "x:1: multiple to-be-closed variables in local list")

-- const locals are usable in closures and constant expressions
local K <const> = 10
local function usek() return K * 2 end
assert(usek() == 20)

-- tbc in a loop body: closed at each iteration
reset()
for i = 1, 3 do
  local c <close> = closer(tostring(i))
end
assert(#log == 3 and log[3] == "3:nil")

-- the handler gets the value itself as first argument
local seen
local obj = setmetatable({}, {__close = function (o) seen = o end})
do local x <close> = obj end
assert(seen == obj)

-- tail calls are not tail calls when a tbc variable is live (it is closed after)
reset()
local function inner() return #log end
local function outer()
  local c <close> = closer("o")
  return inner()
end
assert(outer() == 0 and #log == 1)

-- coroutine-free: close runs even when the error is not a string
reset()
ok, msg = pcall(function ()
  local a <close> = closer("a")
  error({code = 1})
end)
assert(not ok and type(msg) == "table" and msg.code == 1 and #log == 1)
