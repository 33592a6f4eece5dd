-- error with levels and non-string values; pcall and xpcall with message handlers.

-- error values of any type come back unchanged
local values = {42, 1.5, true, false, {}, print}
for _, v in ipairs(values) do
  local ok, e = pcall(error, v)
  assert(not ok and e == v)
end
local ok, e = pcall(error)
assert(not ok and e == nil)
ok, e = pcall(error, nil)
assert(not ok and e == nil)
local tbl = {code = 7}
ok, e = pcall(function () error(tbl) end)
assert(not ok and e == tbl)
ok, e = pcall(function () error(setmetatable({}, {__tostring = function () return "obj" end})) end)
assert(not ok and tostring(e) == "obj")

-- levels: 1 (default) is the function calling error, 2 its caller, 0 no position
local f = load([[
local function lvl(n) error("m", n) end       -- line 1
local function caller(n) lvl(n) end           -- line 2
return function (n)
  caller(n)                                   -- line 4
end]], "=x")()
ok, e = pcall(f, 1)
assert(not ok and e == "x:1: m")
ok, e = pcall(f, 2)
assert(not ok and e == "x:2: m")
ok, e = pcall(f, 3)
assert(not ok and e == "x:4: m")
ok, e = pcall(f, 0)
assert(not ok and e == "m")
ok, e = pcall(f, 100)               -- beyond the stack: no position
assert(not ok and e == "m")
-- error called by pcall directly: level 1 is pcall (no position), level 2 its caller
ok, e = pcall(error, "direct")
assert(not ok and e == "direct")
ok, e = load("return pcall(error, 'direct', 2)", "=x")()
assert(not ok and e == "x:1: direct")
-- only string messages get a position
f = load("error(42)", "=x")
ok, e = pcall(f)
assert(not ok and e == 42)
f = load("error('s')", "=x")
ok, e = pcall(f)
assert(not ok and e == "x:1: s")

-- pcall returns all results on success
local function multi(a, b) return a, b, a + b end
local r = {pcall(multi, 1, 2)}
assert(#r == 4 and r[1] == true and r[4] == 3)
assert(select('#', pcall(function () end)) == 1)
assert(select('#', pcall(function () return nil, nil end)) == 3)

-- pcall of non-functions
ok, e = pcall(42)
assert(not ok and e == "attempt to call a number value")
ok, e = pcall(setmetatable({}, {__call = function (self, x) return x end}), "via call")
assert(ok and e == "via call")

-- nested pcall: inner errors do not escape
ok, e = pcall(function ()
  local ok2, e2 = pcall(error, "inner")
  assert(not ok2 and e2 == "inner")
  return "outer fine"
end)
assert(ok and e == "outer fine")

-- xpcall: the handler receives the error and its result replaces it
ok, e = xpcall(function () error("boom", 0) end, function (m) return "handled: " .. m end)
assert(not ok and e == "handled: boom")
ok, e = xpcall(function () error({1}) end, function (m) return m[1] + 1 end)
assert(not ok and e == 2)
-- extra arguments are passed to the function
ok, e = xpcall(function (a, b) return a * b end, print, 6, 7)
assert(ok and e == 42)
-- only the first result of the handler is kept
local res = {xpcall(error, function () return 1, 2, 3 end)}
assert(#res == 2 and res[1] == false and res[2] == 1)
-- runtime errors go through the handler too, with their position
ok, e = xpcall(load("local x; return x.y", "=x"), function (m) return "H:" .. m end)
assert(not ok and e == "H:x:1: attempt to index a nil value (local 'x')")
-- the handler runs before the stack unwinds: it can see the erroring frames' locals
-- through upvalues it shares (here: a counter)
local depth = 0
ok, e = xpcall(function () depth = 1; error("x") end, function (m) return depth end)
assert(not ok and e == 1)
-- an error inside the handler
ok, e = xpcall(error, function (m) error("again") end)
assert(not ok and e == "error in error handling")
-- the handler must be a function
ok, e = pcall(xpcall, error, 42, "msg")
assert(not ok and e == "bad argument #2 to 'xpcall' (function expected, got number)")

-- error in a metamethod propagates through the operation
local bad = setmetatable({}, {__add = function () error("in add", 0) end,
                              __index = function () error("in index", 0) end})
ok, e = pcall(function () return bad + 1 end)
assert(not ok and e == "in add")
ok, e = pcall(function () return bad.x end)
assert(not ok and e == "in index")

-- assert returns all its arguments; its message may be any value
local a, b, c = assert(1, 2, 3)
assert(a == 1 and b == 2 and c == 3)
ok, e = pcall(assert, false, tbl)
assert(not ok and e == tbl)
ok, e = pcall(assert, nil)
assert(not ok and e == "assertion failed!")

-- an error object that is a string with a number is kept as is
ok, e = pcall(error, "12", 0)
assert(not ok and e == "12")
