-- A coroutine yields across pcall and xpcall, and errors after the resume are still caught.
local function run(f, ...)
  local co = coroutine.wrap(f)
  local first = co(...)
  return first, co("resumed")
end

local a, b = run(function () return pcall(function () return coroutine.yield("in pcall") end) end)
assert(a == "in pcall" and b == true)
a, b = run(function () return xpcall(function () return coroutine.yield("in xpcall") end, print) end)
assert(a == "in xpcall" and b == true)

-- yield, then fail: the pcall entered before the yield catches the error
local co = coroutine.create(function ()
  local ok, err = pcall(function ()
    local r = coroutine.yield(1)
    error("after " .. r, 0)
  end)
  return ok, err
end)
assert(select(2, coroutine.resume(co)) == 1)
local st, ok, err = coroutine.resume(co, "x")
assert(st and ok == false and err == "after x")

-- xpcall's handler sees the error raised after the resume
co = coroutine.wrap(function ()
  return xpcall(function () coroutine.yield() error("late", 0) end, function (m) return "handled " .. m end)
end)
co()
local ok2, msg = co()
assert(ok2 == false and msg == "handled late")

-- pcall of a Java function that yields
co = coroutine.create(function () return pcall(coroutine.yield, 10) end)
local s1, v1 = coroutine.resume(co)
assert(s1 and v1 == 10)
local s2, r1, r2 = coroutine.resume(co, 20)
assert(s2 and r1 == true and r2 == 20)

-- to-be-closed variables inside a pcall across a yield
local log = {}
co = coroutine.wrap(function ()
  return pcall(function ()
    local x <close> = setmetatable({}, {__close = function (_, e) log[#log + 1] = e end})
    coroutine.yield()
    error("closing", 0)
  end)
end)
co()
local ok3, e3 = co()
assert(ok3 == false and e3 == "closing" and log[1] == "closing")

-- nested protected calls keep their results apart
assert(select('#', pcall(pcall, error, "e")) == 3)
local x, y, z = pcall(pcall, error, "e")
assert(x == true and y == false and z == "e")

-- a coroutine whose body is pcall or xpcall itself
co = coroutine.create(pcall)
local r0, r1 = coroutine.resume(co, function (a) local r = coroutine.yield(a + 1) return r * 2 end, 10)
assert(r0 and r1 == 11)
local q0, q1, q2 = coroutine.resume(co, 21)
assert(q0 and q1 == true and q2 == 42 and coroutine.status(co) == "dead")
local x0, x1, x2 = coroutine.resume(coroutine.create(xpcall), error, function (m) return "h:" .. m end, "e")
assert(x0 and x1 == false and x2 == "h:e")

-- xpcall(pcall, ...) with a yield inside both
local f1 = coroutine.wrap(function ()
  return xpcall(pcall, function (...) return ... end, function () coroutine.yield(5) error("in", 0) end)
end)
assert(f1() == 5)
local a1, a2, a3 = f1()
assert(a1 == true and a2 == false and a3 == "in")
