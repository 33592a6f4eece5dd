-- string library: basic functions, the string metatable and its arithmetic metamethods.
-- Prints nothing on success; expected values come from the reference interpreter.

local maxi, mini = 0x7fffffffffffffff, 0x8000000000000000
local huge = 1 / 0

-- math.type without the math library: a float's text has a '.', an exponent, inf or nan.
local function numtype(x)
  local s = tostring(x)
  for i = 1, #s do
    local c = s:byte(i)
    if c == 46 or c == 101 or c == 105 or c == 110 then return "float" end
  end
  return "integer"
end

-- The message of the error f(...) raises.
local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "no error")
  return msg
end

local function eq(a, b)
  if a ~= b then error(string.format("expected %q, got %q", tostring(b), tostring(a)), 2) end
end

-- len
eq(string.len(""), 0)
eq(string.len("\0\0\0"), 3)
eq(("abc"):len(), 3)
eq(string.len(123), 3)
eq(string.len(1.5), 3)
eq(err(string.len), "bad argument #1 to 'string.len' (string expected, got no value)")
eq(err(string.len, {}), "bad argument #1 to 'string.len' (string expected, got table)")

-- sub
local s = "123456789"
eq(s:sub(2, 4), "234")
eq(s:sub(7), "789")
eq(s:sub(7, 6), "")
eq(s:sub(0, 0), "")
eq(s:sub(-10, 10), s)
eq(s:sub(-1), "9")
eq(s:sub(-6, -4), "456")
eq(s:sub(mini, -4), "123456")
eq(s:sub(mini, maxi), s)
eq(s:sub(mini, mini), "")
eq(s:sub(maxi), "")
eq(s:sub(3.0, 4), "34")
eq(s:sub("3", "4"), "34")
eq(("\0001\0002"):sub(2, 3), "1\0")
eq(string.sub(12345, 2, 3), "23")
local long = string.rep("abcdefghij", 10)
eq(long:sub(41, 60), "abcdefghijabcdefghij")
eq(err(string.sub, "x"), "bad argument #2 to 'string.sub' (number expected, got no value)")
eq(err(string.sub, "x", 1.5), "bad argument #2 to 'string.sub' (number has no integer representation)")
eq(err(string.sub, "x", 1, "y"), "bad argument #3 to 'string.sub' (number expected, got string)")

-- upper, lower, reverse
eq(string.upper("ab\0c\xe9z"), "AB\0C\xe9Z")
eq(string.lower("\0ABCc%$\xc9"), "\0abcc%$\xc9")
eq(("MiXeD"):lower(), "mixed")
eq(string.upper(12), "12")
eq(string.reverse(""), "")
eq(string.reverse("\0\1\2\3"), "\3\2\1\0")
eq(("abc"):reverse(), "cba")

-- rep
eq(string.rep("teste", 0), "")
eq(string.rep("ab", -3), "")
eq(string.rep("ab", 3), "ababab")
eq(string.rep("t\0s", 2), "t\0st\0s")
eq(string.rep("", 10), "")
eq(string.rep("teste", 0, "xuxu"), "")
eq(string.rep("teste", 1, "xuxu"), "teste")
eq(string.rep("\1\0\1", 2, "\0\0"), "\1\0\1\0\0\1\0\1")
eq(string.rep("", 10, "."), ".........")
eq(string.rep("x", 3, ""), "xxx")
eq(string.rep("ab", 3, 0), "ab0ab0ab")
eq(#string.rep("abc", 1000, "--"), 4998)
for i = 0, 30 do eq(#string.rep("a", i), i) end
eq(err(string.rep, "aa", 1 << 30), "resulting string too large")
eq(err(string.rep, "a", 1 << 30, ","), "resulting string too large")
eq(err(string.rep, "", maxi // 2 + 10, "aa"), "resulting string too large")
eq(err(string.rep, "x"), "bad argument #2 to 'string.rep' (number expected, got no value)")
eq(err(string.rep, "x", 2, {}), "bad argument #3 to 'string.rep' (string expected, got table)")

-- byte and char
eq(string.byte("a"), 97)
eq(string.byte("\xe4"), 228)
eq(string.byte("\0"), 0)
eq(string.byte("\0\0alo\0x", -1), 120)
eq(string.byte("ba", 2), 97)
eq(select("#", string.byte("")), 0)
eq(select("#", string.byte("hi", -3)), 0)
eq(select("#", string.byte("hi", 3)), 0)
eq(select("#", string.byte("hi", 2, 1)), 0)
eq(select("#", string.byte("hello", 1, -1)), 5)
eq(select("#", string.byte("hello", -100, 100)), 5)
local a, b, c = string.byte("abc", 1, 3)
eq(a + b + c, 97 + 98 + 99)
eq(select(2, string.byte("abc", mini, maxi)), 98)
eq(string.char(), "")
eq(string.char(0, 255, 0), "\0\255\0")
eq(string.char(104, 105), "hi")
eq(string.char("65", 66.0), "AB")
eq(string.char(string.byte("\xe4l\0u", 1, -1)), "\xe4l\0u")
eq(err(string.char, 256), "bad argument #1 to 'string.char' (value out of range)")
eq(err(string.char, 65, -1), "bad argument #2 to 'string.char' (value out of range)")
eq(err(string.char, maxi), "bad argument #1 to 'string.char' (value out of range)")
eq(err(string.char, mini), "bad argument #1 to 'string.char' (value out of range)")
eq(err(string.char, 1.5), "bad argument #1 to 'string.char' (number has no integer representation)")
eq(err(string.char, "x"), "bad argument #1 to 'string.char' (number expected, got string)")

-- the string metatable
local mt = getmetatable("")
assert(type(mt) == "table")
assert(mt.__index == string)
assert(getmetatable("abc") == mt)
eq(("x"):rep(3), "xxx")
eq(#string.format("%d", 5), 1)
for _, k in ipairs{"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv"} do
  assert(type(mt[k]) == "function", k)
end
assert(mt.__concat == nil and mt.__band == nil and mt.__lt == nil)

-- arithmetic on numeric strings
eq("10" + 1, 11)
eq(numtype("10" + 1), "integer")
eq("10" + "0x10", 26)
eq("3" * "4", 12)
eq("1e1" * "2", 20.0)
eq(numtype("1e1" * "2"), "float")
eq("7" - 10, -3)
eq("7" / "2", 3.5)
eq("7" // 2, 3)
eq("7.0" // 2, 3.0)
eq(numtype("7.0" // 2), "float")
eq("-7" % 3, 2)
eq("5.5" % 2, 1.5)
eq("2" ^ 10, 1024.0)
eq(-"2", -2)
eq(-"2.5", -2.5)
eq(" 10 " + 1, 11)
eq("9223372036854775807" + 1, mini)
eq(10 - "3", 7)
eq(err(function () return "1" % 0 end), "attempt to perform 'n%0'")
eq(err(function () return "1" // "0" end), "attempt to divide by zero")
eq("1" // 0.0, huge)
eq(tostring("-1" % huge), "inf")

-- non-numeric strings: the other operand's metamethod, else an error
local t = setmetatable({}, {__add = function (x, y) return "added" end,
                            __unm = function () return "neg" end})
eq("10" + t, "added")
eq("abc" + t, "added")
eq(t + "abc", "added")
local line = "string%.lua:%d+: "
assert(string.find(err(function () return "abc" + 1 end), line .. "attempt to add a 'string' with a 'number'$"))
assert(string.find(err(function () return 1 + "abc" end), line .. "attempt to add a 'number' with a 'string'$"))
assert(string.find(err(function () return "abc" + "1" end), "attempt to add a 'string' with a 'string'$"))
assert(string.find(err(function () return {} - "1" end), "attempt to sub a 'table' with a 'string'$"))
assert(string.find(err(function () return "1" * {} end), "attempt to mul a 'string' with a 'table'$"))
assert(string.find(err(function () return "x" / true end), "attempt to div a 'string' with a 'boolean'$"))
assert(string.find(err(function () return "x" % nil end), "attempt to mod a 'string' with a 'nil'$"))
assert(string.find(err(function () return "x" ^ 2 end), "attempt to pow a 'string' with a 'number'$"))
assert(string.find(err(function () return "x" // 2 end), "attempt to idiv a 'string' with a 'number'$"))
assert(string.find(err(function () return -"x" end), "attempt to unm a 'string' with a 'string'$"))
assert(string.find(err(function () return "1\0" + 1 end), "attempt to add a 'string' with a 'number'$"))
-- calling the metamethods directly
eq(mt.__add("1", "2"), 3)
eq(mt.__unm("3", "3"), -3)
eq(err(mt.__add, "a", "b"), "attempt to add a 'string' with a 'string'")

-- dump
local function f(x, y) return x + y, "k" end
local d = string.dump(f)
eq(type(d), "string")
local g = load(d, "dumped", "b")
local r1, r2 = g(2, 3)
eq(r1, 5); eq(r2, "k")
eq(load(string.dump(f, true))(1, 1), 2)
local up = 10
local function h() return up end
local h2 = load(string.dump(h))
eq(h2(), _G)  -- upvalues come back fresh, the first one set to the globals
eq(err(string.dump, print), "unable to dump given function")
eq(err(string.dump), "bad argument #1 to 'string.dump' (function expected, got no value)")
eq(err(string.dump, {}), "bad argument #1 to 'string.dump' (function expected, got table)")
eq(select(2, load(d, "x", "t")), "attempt to load a binary chunk (mode is 't')")

-- function names in argument errors follow the call site
eq(err(function () return ("x"):rep() end):match(": (.*)"), "bad argument #1 to 'rep' (number expected, got no value)")
eq(err(function () return string.rep() end):match(": (.*)"), "bad argument #1 to 'rep' (string expected, got no value)")
