-- Expressions: precedence, associativity, short-circuit logic, equality across types.

-- precedence and associativity
assert(2 + 3 * 4 == 14 and (2 + 3) * 4 == 20)
assert(2 ^ 3 ^ 2 == 512 and (2 ^ 3) ^ 2 == 64)          -- ^ is right-associative
assert(-2 ^ 2 == -4 and (-2) ^ 2 == 4)                   -- ^ binds tighter than unary minus
assert(not nil == true and not 1 == false)
assert(1 .. 2 == "12" and "a" .. "b" .. "c" == "abc")
assert(1 + 1 .. "" == "2")                               -- + binds tighter than ..
assert(1 < 2 == true and "a" .. "b" == "ab")
assert(7 - 3 - 2 == 2 and 64 / 4 / 2 == 8 and 7 // 2 * 2 == 6)
assert(-3 % 5 == 2 and -(3 % 5) == -3)
assert(#"abc" + 1 == 4 and -#"ab" == -2)
assert(2 * -3 == -6 and - - 2 == 2 and not not nil == false)

-- and/or return one of their operands and short-circuit
assert((nil and 1) == nil and (false and 1) == false and (1 and 2) == 2)
assert((nil or 1) == 1 and (false or nil) == nil and (1 or error("no")) == 1)
assert((false and error("no")) == false)
local x = nil
local v = x and x.field or "default"
assert(v == "default")
assert((1 and nil or 3) == 3)
local calls = 0
local function t() calls = calls + 1; return true end
local function f() calls = calls + 1; return false end
local _ = f() and t()
assert(calls == 1)
_ = t() or f()
assert(calls == 2)
_ = f() or t() and f()
assert(calls == 5)
-- conditions treat only nil and false as false
local n = 0
if 0 then n = n + 1 end
if "" then n = n + 1 end
if {} then n = n + 1 end
if nil then n = 100 end
if false then n = 100 end
assert(n == 3)

-- equality: no conversion between numbers and strings
assert(1 == 1.0 and "1" ~= 1 and 1 ~= "1")
assert(0 == -0 and 0.0 == -0.0)
local nan = 0 / 0
assert(nan ~= nan and not (nan == nan))
local tbl = {}
assert(tbl == tbl and {} ~= {} and print == print)
assert(true ~= 1 and false ~= nil and nil == nil)

-- comparisons of integers and floats are exact (no rounding through doubles)
local big = (1 << 62) + 1
assert(big > 2.0 ^ 62 and big ~= 2.0 ^ 62 and not (big <= 2.0 ^ 62))
assert(math_absent == nil)
assert(-big < -(2.0 ^ 62))

-- comparison chains need parentheses or and
assert((1 < 2) == true)
local ok = pcall(load("return 1 < 2 < 3"))
assert(not ok)                                           -- true < 3

-- constant folding keeps semantics
assert(3 // 0.0 == 1 / 0 and -3 // 0.0 == -1 / 0)
assert(0x7fffffffffffffff + 1 == 0x8000000000000000)
assert(2 ^ 63 ~= 0x7fffffffffffffff)
assert(1 / 0 > 0x7fffffffffffffff)
assert(-0.0 == 0.0 and 1 / -0.0 < 0)
assert(tostring(0.0 * -1) == "-0.0")

-- numeric literals
assert(0x10 == 16 and 0xA.8p0 == 10.5 and 1e2 == 100.0 and .5 == 0.5 and 5. == 5.0)
assert(0x.1p4 == 1.0 and 3e-2 == 0.03 and 0XFF == 255)
assert(9007199254740993 == (1 << 53) + 1)               -- integer literal, exact
assert(tostring(1e308 * 10) == "inf")
