-- Metamethods: every event, with tables and functions as handlers.

local function errorof(src, ...)
  local ok, msg = pcall(assert(load(src, "=x")), ...)
  assert(not ok)
  return msg
end

-- __index as a table (chained) and as a function
local base = {a = 1}
local mid = setmetatable({b = 2}, {__index = base})
local obj = setmetatable({}, {__index = mid})
assert(obj.a == 1 and obj.b == 2 and obj.c == nil and rawget(obj, "a") == nil)
local calls = {}
local t = setmetatable({present = 0}, {__index = function (t, k) calls[#calls + 1] = k; return k .. "!" end})
assert(t.x == "x!" and t[1] == "1!" and t.present == 0 and #calls == 2 and calls[1] == "x")
-- __index on a non-table value through its metatable is checked elsewhere (strings)

-- __newindex as a table and as a function; only for absent keys
local store = {}
t = setmetatable({exists = 1}, {__newindex = store})
t.exists = 2; t.fresh = 3
assert(t.exists == 2 and rawget(t, "fresh") == nil and store.fresh == 3)
local log = {}
t = setmetatable({}, {__newindex = function (t, k, v) log[#log + 1] = k; rawset(t, k, v * 10) end})
t.a = 1; t.a = 2
assert(t.a == 2 and #log == 1)
-- chained __newindex tables
local inner = {}
local outer = setmetatable({}, {__newindex = setmetatable({}, {__newindex = inner})})
outer.z = 26
assert(inner.z == 26 and rawget(outer, "z") == nil)

-- __call, with extra arguments and several results
local callable = setmetatable({}, {__call = function (self, a, b) return self, a + b, "r" end})
local s, sum, r = callable(1, 2)
assert(s == callable and sum == 3 and r == "r")
assert(select('#', callable(1, 2)) == 3)
-- a __call handler that is itself callable through __call
local passthrough = setmetatable({}, {__call = function (...) return ... end})
local twice = setmetatable({}, {__call = passthrough})
local r1, r2, r3, r4 = twice(5)
assert(r1 == passthrough and r2 == twice and r3 == 5 and r4 == nil)
-- method call through __call and __index
local o = setmetatable({}, {__index = {m = function (self, x) return x + 1 end}})
assert(o:m(1) == 2)

-- arithmetic events
local mt = {}
local function V(x) return setmetatable({x = x}, mt) end
local function val(a) return type(a) == "table" and a.x or a end
for _, e in ipairs({"add", "sub", "mul", "div", "mod", "pow", "unm", "idiv",
                    "band", "bor", "bxor", "shl", "shr", "bnot"}) do
  mt["__" .. e] = function (a, b) return e .. ":" .. tostring(val(a)) .. "," .. tostring(val(b)) end
end
local v = V(7)
-- operands in variables (constant operands are checked in arith-constants)
local n1, n2, n3, n4, n5, n6, n7 = 1, 2, 3, 4, 5, 6, 7
assert(v + n1 == "add:7,1" and n1 + v == "add:1,7")
assert(v - n2 == "sub:7,2" and v * n3 == "mul:7,3" and v / n4 == "div:7,4")
assert(v % n5 == "mod:7,5" and v ^ n6 == "pow:7,6" and v // n7 == "idiv:7,7")
assert(-v == "unm:7,7")               -- unary events get the operand twice
assert(v & n1 == "band:7,1" and n2 | v == "bor:2,7" and v ~ n3 == "bxor:7,3")
assert(v << n4 == "shl:7,4" and v >> n5 == "shr:7,5" and ~v == "bnot:7,7")
assert(n4 << v == "shl:4,7" and n5 >> v == "shr:5,7" and n5 - v == "sub:5,7")
-- constant operands
assert(v + 1 == "add:7,1" and 1 + v == "add:1,7" and v * 3 == "mul:7,3")
assert(v % 5 == "mod:7,5" and v ^ 6 == "pow:7,6" and v // 7 == "idiv:7,7")
assert(v & 1 == "band:7,1" and 2 | v == "bor:2,7" and v ~ 3 == "bxor:7,3")
assert(v >> 5 == "shr:7,5" and 4 << v == "shl:4,7" and 5 - v == "sub:5,7")
assert(v + V(8) == "add:7,8" and "s" + v == "add:s,7")
-- the first operand's handler wins, the second is used when the first has none
local mt2 = {__add = function () return "second" end}
assert(1 + setmetatable({}, mt2) == "second" and setmetatable({}, mt2) + V(1) == "second")
-- bitwise events are tried when an operand is a float without integer value
mt = {__bor = function (a, b) return "bor" end}
assert(1.5 | setmetatable({}, mt) == "bor")
-- results: only the first one is kept
mt = {__add = function () return 1, 2, 3 end}
assert(select('#', setmetatable({}, mt) + 1) == 1)

-- __concat, both orders, numbers kept as numbers
mt = {__concat = function (a, b)
  return (type(a) == "table" and "T" or type(a)) .. "&" .. (type(b) == "table" and "T" or type(b))
end}
local c = setmetatable({}, mt)
assert(c .. "s" == "T&string" and "s" .. c == "string&T" and 1 .. c == "number&T")
assert(c .. c == "T&T")
-- right-associative: "b" .. c first, then a plain concatenation
assert("a" .. "b" .. c == "astring&T")
assert(c .. "x" .. "y" == "T&string")      -- "x" .. "y" first
assert(1 .. 2 .. c == "1number&T")

-- __len
t = setmetatable({1, 2, 3}, {__len = function (t) return 42, "extra" end})
assert(#t == 42 and rawlen(t) == 3)
t = setmetatable({}, {__len = function () return "not a number" end})
assert(#t == "not a number")

-- __eq: only for two tables (or two userdata), not identical; result is a boolean
local eqcalls = 0
mt = {__eq = function (a, b) eqcalls = eqcalls + 1; return a.k == b.k end}
local e1, e2, e3 = setmetatable({k = 1}, mt), setmetatable({k = 1}, mt), setmetatable({k = 2}, {})
assert(e1 == e2 and not (e1 ~= e2) and eqcalls == 2)
assert(e1 ~= e3 and e3 ~= e1)           -- e3 has no __eq, e1's is used either way
assert(eqcalls == 4)
assert(e1 == e1 and eqcalls == 4)        -- identical: no call
assert(e1 ~= 1 and e1 ~= "x" and eqcalls == 4)   -- different types: no call
mt.__eq = function () return "truthy" end
assert(e1 == e2)
mt.__eq = function () return nil end
assert(not (e1 == e2))
assert(not rawequal(e1, e2))

-- __lt and __le; __le does not fall back to not __lt (5.4)
local order = {}
order.__lt = function (a, b) return val(a) < val(b) end
order.__le = function (a, b) return val(a) <= val(b) end
local function W(x) return setmetatable({x = x}, order) end
assert(W(1) < W(2) and not (W(2) < W(1)) and W(1) <= W(1) and W(2) >= W(1) and W(3) > W(2))
assert(W(1) < 2 and 0 < W(1) and "a" < setmetatable({x = "b"}, order))
local ltonly = setmetatable({}, {__lt = function () return true end})
assert(ltonly < ltonly)
order.__lt = function () return 1 end      -- results are converted to booleans
assert((W(1) < W(2)) == true)
order.__le = function () return false end
assert((W(1) <= W(2)) == false and (W(1) >= W(2)) == false)

-- __unm and __bnot alone
t = setmetatable({}, {__unm = function (a, b) return rawequal(a, b) end})
assert(-t == true)

-- __tostring and __name
t = setmetatable({}, {__tostring = function () return "custom" end})
assert(tostring(t) == "custom")
t = setmetatable({}, {__tostring = function () return {} end})
local ok, msg = pcall(tostring, t)
assert(not ok and msg == "'__tostring' must return a string")
t = setmetatable({}, {__name = "MyType"})
local str = tostring(t)
assert(str > "MyType: " and str < "MyType:!")   -- starts with "MyType: "
t = setmetatable({}, {__name = 42})     -- a non-string __name is ignored
str = tostring(t)
assert(str > "table: " and str < "table:!")

-- __metatable protects the metatable
local protected = setmetatable({}, {__metatable = "locked"})
assert(getmetatable(protected) == "locked")
ok, msg = pcall(setmetatable, protected, {})
assert(not ok and msg == "cannot change a protected metatable")
protected = setmetatable({}, {__metatable = false})
assert(getmetatable(protected) == false)

-- getmetatable / setmetatable arguments
assert(getmetatable({}) == nil and getmetatable(1) == nil)
t = {}
assert(setmetatable(t, nil) == t)
ok, msg = pcall(setmetatable, t, 1)
assert(not ok and msg == "bad argument #2 to 'setmetatable' (nil or table expected, got number)")
ok, msg = pcall(setmetatable, 1, {})
assert(not ok and msg == "bad argument #1 to 'setmetatable' (table expected, got number)")

-- __close
do
  local closed = {}
  do
    local x <close> = setmetatable({}, {__close = function (o, e) closed[#closed + 1] = e == nil end})
  end
  assert(#closed == 1 and closed[1] == true)
end

-- __pairs
t = setmetatable({}, {__pairs = function (t)
  return function (_, k) if k < 3 then return k + 1, k * 10 end end, t, 0
end})
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. "=" .. v end
assert(#keys == 3 and keys[1] == "1=0" and keys[3] == "3=20")

-- __index functions receive the original object, even through a chain
local seenself
local proto = setmetatable({}, {__index = function (t, k) seenself = t; return k end})
local child = setmetatable({}, {__index = proto})
assert(child.q == "q" and seenself == proto)

-- events are looked up raw in the metatable
local tricky = setmetatable({}, {__index = function () return function () return "via index" end end})
t = setmetatable({}, tricky)           -- tricky.__add is only reachable through __index
assert(not pcall(function () return t + 1 end))

-- a long __index chain
local top = {deep = "yes"}
for _ = 1, 100 do top = setmetatable({}, {__index = top}) end
assert(top.deep == "yes")

-- __index loop gives an error, not a hang
local loop1, loop2 = {}, {}
setmetatable(loop1, {__index = loop2}); setmetatable(loop2, {__index = loop1})
ok, msg = pcall(function () return loop1.x end)
assert(not ok)
