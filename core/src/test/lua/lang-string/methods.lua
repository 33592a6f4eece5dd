-- Strings as objects: methods through the string metatable's __index, and the messages
-- of indexing and calling through strings.

local function errorof(src, ...)
  local ok, msg = pcall(assert(load(src, "=x")), ...)
  assert(not ok)
  return msg
end

local s = "hello"
assert(s:len() == 5 and s:upper() == "HELLO" and ("x"):rep(3) == "xxx")
assert(("%d"):format(42) == "42" and s:sub(2, 3) == "el" and s:byte(1) == 104)
assert(#s == s:len() and s.len == string.len)
assert(getmetatable("").__index == string)
assert(("abc").nofield == nil)
assert(errorof("return ('x'):nomethod()") == "x:1: attempt to call a nil value (method 'nomethod')")
assert(errorof("local a = 'str' return a.x.y") == "x:1: attempt to index a nil value (field 'x')")
assert(errorof("local a = 'str' a.x = 1") == "x:1: attempt to index a string value (local 'a')")
assert(errorof("string.rep()") == "x:1: bad argument #1 to 'rep' (string expected, got no value)")
assert(errorof("return ('x'):rep()") == "x:1: bad argument #1 to 'rep' (number expected, got no value)")
assert(errorof("return ('x').rep()") == "x:1: bad argument #1 to 'rep' (string expected, got no value)")
assert(errorof("local t = {} return t:nomethod()") == "x:1: attempt to call a nil value (method 'nomethod')")

-- numbers are not strings for indexing
assert(errorof("local n = 5 return n:len()") == "x:1: attempt to index a number value (local 'n')")

-- __name in tostring, checked with string functions
local t = setmetatable({}, {__name = "MyType"})
assert(tostring(t):find("^MyType: ") ~= nil)
assert(tostring({}):find("^table: ") ~= nil and tostring(print):find("^builtin: ") == nil)
assert(tostring(print):find("^function: ") ~= nil)

-- the deep recursion message mentions a stack overflow
local function deep() return 1 + deep() end
local ok, msg = pcall(deep)
assert(not ok and msg:find("stack overflow", 1, true))

-- error positions in this file
ok, msg = pcall(error, "at level 2", 2)
assert(msg:find("methods.lua:%d+: at level 2$"))
local function lvl() error("here") end
ok, msg = pcall(lvl)
assert(msg:find("methods.lua:%d+: here$"))
