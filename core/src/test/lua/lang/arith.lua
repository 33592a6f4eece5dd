-- Arithmetic: integers and floats, wrap-around, floor division and modulo on
-- negatives and by zero, exact comparisons between integers and floats,
-- conversions of strings by tonumber (base library only).

local maxint = 0x7fffffffffffffff
local minint = 0x8000000000000000
assert(minint == -maxint - 1)
assert(math_type == nil)

-- integer or float results
local function isint(x) return x == x and x | 0 == x and tostring(x) == tostring(x | 0) end
assert(1 + 2 == 3 and isint(1 + 2))
assert(not isint(1 + 2.0))
assert(not isint(4 / 2) and 4 / 2 == 2)
assert(isint(7 // 2) and 7 // 2 == 3)
assert(not isint(7.0 // 2) and 7.0 // 2 == 3)
assert(isint(2 ^ 2 | 0) and tostring(2 ^ 2) == "4.0")

-- wrap-around on overflow
assert(maxint + 1 == minint)
assert(minint - 1 == maxint)
assert(maxint * 2 == -2)
assert(minint * -1 == minint)
assert(-minint == minint)
assert(minint // -1 == minint)
assert(minint % -1 == 0)
assert(maxint * maxint == 1)

-- floor division and modulo on negatives
assert(7 // 2 == 3 and -7 // 2 == -4 and 7 // -2 == -4 and -7 // -2 == 3)
assert(7 % 3 == 1 and -7 % 3 == 2 and 7 % -3 == -2 and -7 % -3 == -1)
assert(7.5 % 2 == 1.5 and -7.5 % 2 == 0.5 and 7.5 % -2 == -0.5)
assert(-6 % 3 == 0 and 6 % -3 == 0)
assert(5.3 // 1 == 5.0 and -5.3 // 1 == -6.0)
assert(minint // 1 == minint and minint % maxint == maxint - 1)

-- by zero
local zero = 0
local ok, msg = pcall(function () return 1 // zero end)
assert(not ok)
ok, msg = pcall(function () return 1 % zero end)
assert(not ok)
assert(1 // 0.0 == 1 / 0 and -1 // 0.0 == -1 / 0)
assert(1 / zero == 1 / 0 and -1 / zero == -(1 / 0))
local nan = 0 / zero
assert(nan ~= nan)
local r = 5.0 % zero
assert(r ~= r)
r = 5 % 0.0
assert(r ~= r)
local inf = 1 / 0
assert(5 % inf == 5 and -5 % inf == inf and 5 % -inf == -inf and -5 % -inf == -5)
local m1, m2 = -7.5, -2
assert(m1 % m2 == -1.5 and -1.0 % -3 == -1.0 and 7.5 % 2 == 1.5)
assert(5 // inf == 0 and -5 // inf == 0 and 1 / (-5 // inf) == -inf)

-- signed zero
local negz = -0.0
assert(negz == 0 and 1 / negz == -inf)
assert(1 / (0.0 * -1) == -inf)
assert(1 / (-negz) == inf)
assert(1 / (negz % 1) == -inf)

-- power and division always give floats
assert(2 ^ 10 == 1024 and 2 ^ -1 == 0.5 and (-8) ^ (1 / 3) ~= (-8) ^ (1 / 3))
assert(2 ^ 53 + 1 == 2 ^ 53)
assert(1 / 2 == 0.5 and 3 / -2 == -1.5)

-- exact comparisons between integers and floats
assert(2 ^ 53 == (1 << 53))
assert((1 << 53) + 1 ~= 2 ^ 53)
assert((1 << 53) + 1 > 2 ^ 53)
assert(2 ^ 53 < (1 << 53) + 1)
assert(maxint < 2 ^ 63 and maxint <= 2 ^ 63 and not (maxint >= 2 ^ 63))
assert(maxint ~= 2 ^ 63)
assert(minint == -2 ^ 63 and minint <= -2 ^ 63 and minint >= -2 ^ 63)
assert(maxint + 0.0 == 2 ^ 63)
assert(maxint - 1 < maxint + 0.0)
assert(1 < 1.5 and 1.5 < 2 and -1 > -1.5 and 2 >= 2.0 and 2 <= 2.0)
assert(not (1 < nan) and not (1 > nan) and not (nan <= 1) and not (nan >= nan))
assert(minint < -inf == false and minint > -inf and maxint < inf)
assert(1 == 1.0 and -0 == -0.0 and 0 == -0.0)
assert(3 ~= 3.0000000000000004)

-- conversions of floats to integers by bitwise operators (exact only)
assert(3.0 | 0 == 3 and -3.0 | 0 == -3)
assert(2 ^ 62 | 0 == 1 << 62)
ok = pcall(function () return 3.5 | 0 end)
assert(not ok)
ok = pcall(function () return 2 ^ 63 | 0 end)
assert(not ok)

-- tonumber
assert(tonumber("10") == 10 and isint(tonumber("10")))
assert(tonumber("0x10") == 16 and tonumber("  -0x10  ") == -16)
assert(tonumber("1e2") == 100.0 and not isint(tonumber("1e2")))
assert(tonumber("10.") == 10.0 and tonumber(".5") == 0.5)
assert(tonumber("0x.8") == 0.5 and tonumber("0x1p4") == 16.0)
assert(tonumber("9223372036854775807") == maxint)
assert(tonumber("9223372036854775808") == 2 ^ 63)    -- too big: a float
assert(tonumber("0xffffffffffffffff") == -1)          -- hex wraps around
assert(tonumber("1e") == nil and tonumber("") == nil and tonumber(" ") == nil)
assert(tonumber("0x") == nil and tonumber("1 2") == nil and tonumber("inf") == nil)
assert(tonumber("nan") == nil and tonumber("1e1000") == inf)
assert(tonumber("10", 2) == 2 and tonumber("ff", 16) == 255 and tonumber("FF", 16) == 255)
assert(tonumber("zz", 36) == 35 * 36 + 35 and tonumber("-7", 8) == -7)
assert(tonumber("8", 8) == nil and tonumber("1.0", 2) == nil)
assert(tonumber(nil) == nil and tonumber({}) == nil and tonumber(true) == nil)
assert(tonumber(12) == 12 and tonumber(1.5) == 1.5)

-- string coercion in bitwise and concatenation contexts is string-library free
assert(10 .. "" == "10" and 1.5 .. "" == "1.5")
