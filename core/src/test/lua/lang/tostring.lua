-- Numbers as strings: tostring and concatenation of integers and floats
-- (the "%.14g" format, with ".0" added to integral floats).

local maxint = 0x7fffffffffffffff
local minint = 0x8000000000000000

assert(tostring(0) == "0" and tostring(-1) == "-1")
assert(tostring(maxint) == "9223372036854775807")
assert(tostring(minint) == "-9223372036854775808")
assert(tostring(1.0) == "1.0" and tostring(-1.0) == "-1.0")
assert(tostring(0.0) == "0.0" and tostring(-0.0) == "-0.0")
assert(tostring(1e15) == "1e+15" and tostring(1e14) == "1e+14")
assert(tostring(123456789012345.0) == "1.2345678901234e+14")
assert(tostring(12345678901234.0) == "12345678901234.0")
assert(tostring(2 ^ 63) == "9.2233720368548e+18")
assert(tostring(-2 ^ 63) == "-9.2233720368548e+18")
assert(tostring(2 ^ 53) == "9.007199254741e+15")
assert(tostring(1e100) == "1e+100" and tostring(1e-100) == "1e-100")
assert(tostring(0.1) == "0.1" and tostring(1 / 3) == "0.33333333333333")
assert(tostring(2 / 3) == "0.66666666666667" and tostring(-2 / 3) == "-0.66666666666667")
assert(tostring(3.14159265358979) == "3.1415926535898")
assert(tostring(1e-5) == "1e-05" and tostring(0.0001) == "0.0001")
assert(tostring(5e-324) == "4.9406564584125e-324")
assert(tostring(1.7976931348623157e308) == "1.7976931348623e+308")
assert(tostring(1 / 0) == "inf" and tostring(-1 / 0) == "-inf")
assert(tostring(1e300 * 1e10) == "inf")
assert(tostring(2 ^ 24) == "16777216.0" and tostring(100 / 2) == "50.0")
assert(tostring(1.5) == "1.5" and tostring(-0.5) == "-0.5")
assert(tostring(0.30000000000000004) == "0.3")

-- numeric literals that overflow integers become floats
assert(tostring(9223372036854775808) == "9.2233720368548e+18")
assert(tostring(-9223372036854775808) == "-9.2233720368548e+18")
assert(tostring(0xffffffffffffffff) == "-1")

-- concatenation converts numbers the same way
assert(1 .. 2 == "12" and 1.0 .. "" == "1.0" and -0.0 .. "" == "-0.0")
assert("x" .. 10 == "x10" and 2 ^ 63 .. "" == "9.2233720368548e+18")
assert(maxint .. "|" .. minint == "9223372036854775807|-9223372036854775808")
assert(1e15 .. "" == "1e+15" and 1 / 0 .. "" == "inf")
local ok, msg = pcall(function () return "a" .. {} end)
assert(not ok)
ok, msg = pcall(function () return "a" .. true end)
assert(not ok)
ok, msg = pcall(function () return nil .. "a" end)
assert(not ok)

-- tostring of other values
assert(tostring(nil) == "nil" and tostring(true) == "true" and tostring(false) == "false")
assert(tostring("abc") == "abc")
local t = tostring({})
assert(#t > 7 and t ~= tostring({}))
assert(tostring(print) ~= tostring(tostring))

-- long concatenations are right-associative and keep every piece
local s = ""
for i = 1, 100 do s = s .. i .. "," end
assert(#s == 9 * 2 + 90 * 3 + 4)
assert(1 .. 2 .. 3 .. 4 .. 5 == "12345")

-- strings are byte sequences: length, comparison and escapes
assert(#"" == 0 and #"abc" == 3 and #"a\0b" == 3 and #"\u{7FF}" == 2 and #"\u{10FFFF}" == 4)
assert("a" < "b" and "a" < "aa" and "" < "a" and "Z" < "a" and not ("a" < "a"))
assert("a\0b" < "a\0c" and "a\0" > "a" and "a\0b" ~= "a\0c")
assert("\65\066\x43" == "ABC" and "\z
        x" == "x" and "\'\"" == [['"]])
assert("\255" > "\127" and "\xff" == "\255")
assert([[
line]] == "line" and [==[a]]b]==] == "a]]b")
local long = "0123456789"
for _ = 1, 10 do long = long .. long end
assert(#long == 10240 and long == long .. "" and long ~= long .. " ")
