-- How numbers print: integers, floats in "%.14g" with ".0" for integral values,
-- signed zero, infinities, huge and tiny magnitudes, results of every operator.

local maxint = 0x7fffffffffffffff
local minint = 0x8000000000000000

print(0, 1, -1, 42, 1000000, 123456789012)
print(maxint, minint, maxint + 1, minint - 1, -minint)
print(0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 100.0, 1e15, 1e16, 1e14, 123456789012345.0)
print(1 / 0, -1 / 0, 1e308 * 10, -1e308 * 10)
print(1e100, 1e-100, 1e300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(2 ^ 53, 2 ^ 63, -2 ^ 63, 2 ^ 64, 2 ^ 24, 2 ^ -1, 2 ^ 0.5)
print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 22 / 7, 3.14159265358979)
print(1e-5, 1e-4, 0.001, 12345.678, 1234567890.12345, 99999999999999.0, 999999999999999.0)
print(9007199254740993, 9223372036854775807, 9223372036854775808, -9223372036854775808)
print(0xff, 0xFFFFFFFFFFFFFFFF, 0x7fffffffffffffff, 0x1p4, 0x.8, 0xA.8p1)

-- operators
local a, b = 7, -2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ^ b, -a)
print(a + 0.0, a // 2.0, a % 2.5, -a % 3, a % -3, 7.5 // 2, -7.5 // 2, 7.5 % 2)
print(a & 3, a | 8, a ~ 5, ~a, a << 2, a >> 1, -1 >> 60, 1 << 63, 1 << 64)
print(3 / 2, 4 / 2, 2 ^ 2, 10 // 3, 10.0 // 3, 1e15 + 0.5, 2 ^ 53 + 1)
print(maxint * 2, maxint // -1, minint // -1, minint % -1, minint * -1)
print(1 // 0.0, -1 // 0.0, 0.0 / 1, -0.0 / 1, 0 * -1.0)
print(5 % 1.0, -5 % 1.0, 5.25 % -1)

-- comparisons between integers and floats are exact
print(maxint < 2 ^ 63, maxint == 2 ^ 63, maxint + 0.0 == 2 ^ 63, minint == -2 ^ 63)
print((1 << 53) + 1 == 2 ^ 53, (1 << 53) + 1 > 2 ^ 53, 1 == 1.0, -0.0 == 0)
local nan = 0 / 0
print(nan == nan, nan ~= nan, nan < 1, nan >= 1, 1 / 0 > maxint)

-- tonumber
print(tonumber("10"), tonumber("10.0"), tonumber("0x10"), tonumber(" 1e2 "), tonumber("1e"))
print(tonumber("9223372036854775807"), tonumber("9223372036854775808"), tonumber("-0"))
print(tonumber("ff", 16), tonumber("zz", 36), tonumber("777", 8), tonumber("102", 2))
print(tonumber("0x7fffffffffffffff"), tonumber("0xffffffffffffffff"), tonumber("-0x1"))
print(tonumber(".5"), tonumber("5."), tonumber("0x.1"), tonumber("1E+2"), tonumber("inf"))

-- concatenation uses the same conversion
print(1 .. "", 1.0 .. "", -0.0 .. "", 2 ^ 63 .. "", maxint .. "", 1e100 .. "|" .. 1 / 0)

-- numeric for with floats and near the limits
for i = 0, 1, 0.25 do print(i) end
for i = maxint - 2, maxint do print(i) end
for i = minint, minint + 2 do print(i) end
for i = 3, 1, -1 do print(i) end
for i = 1, 3.5 do print(i) end
