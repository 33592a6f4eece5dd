-- Strings in arithmetic: converted by the string library's metamethods (5.4), with the
-- integer/float distinction kept; bitwise operators do not convert strings.

local function errorof(src, ...)
  local ok, msg = pcall(assert(load(src, "=x")), ...)
  assert(not ok)
  return msg
end

assert("10" + 1 == 11 and math.type("10" + 1) == "integer")
assert("10" + 1.0 == 11.0 and math.type("10" + 1.0) == "float")
assert("1e1" + 0 == 10.0 and math.type("1e1" + 0) == "float")
assert("0x10" * 2 == 32 and " 7 " - 1 == 6 and "-3" * "-3" == 9)
assert("7" // 2 == 3 and "7" % "4" == 3 and "2" ^ "3" == 8.0 and "1" / "2" == 0.5)
assert(-"2" == -2 and math.type(-"2") == "integer" and -"2.5" == -2.5)
assert("9223372036854775807" + 0 == math.maxinteger)
assert(math.type("9223372036854775808" + 0) == "float")
assert("10" == "10" and "10" ~= 10)         -- no conversion for equality
assert(1 .. 2 + 3 == "15")                    -- + binds tighter than ..

-- non-numeric strings: the string library's messages
assert(errorof("return 'a' + 1") == "x:1: attempt to add a 'string' with a 'number'")
assert(errorof("local s = 'a' return s * 2") == "x:1: attempt to mul a 'string' with a 'number'")
assert(errorof("return {} + '1'") == "x:1: attempt to add a 'table' with a 'string'")
assert(errorof("local s = '10' return s + {}") == "x:1: attempt to add a 'string' with a 'table'")
assert(errorof("return -'x'") == "x:1: attempt to unm a 'string' with a 'string'")
-- a table operand with its own metamethod gets the call
local T = setmetatable({}, {__add = function (a, b) return "T" end})
assert("1" + T == "T" and "x" + T == "T")

-- string arithmetic goes through the string metatable: removing __add disables it
local smt = getmetatable("")
local add = smt.__add
smt.__add = nil
assert(errorof("return '1' + 1") == "x:1: attempt to perform arithmetic on a string value (constant '1')")
smt.__add = add
assert("1" + 1 == 2)

-- comparisons never convert
assert(errorof("return '1' < 2") == "x:1: attempt to compare string with number")
assert("10" < "9" and "a" < "b")

-- numeric for converts strings
local n = 0
for i = "1", "3" do n = n + 1; assert(math.type(i) == "float") end
assert(n == 3)
