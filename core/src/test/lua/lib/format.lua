-- string.format through the library, and tostring of numbers: arguments, conversions of
-- values, errors. Prints nothing on success; expected values come from the reference interpreter.

local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "no error")
  return msg
end

local function eq(a, b)
  if a ~= b then error("expected [" .. tostring(b) .. "], got [" .. tostring(a) .. "]", 2) end
end

local fmt = string.format
local maxi, mini = 0x7fffffffffffffff, 0x8000000000000000

-- integers
eq(fmt("%d", 42), "42")
eq(fmt("%5d|%-5d|%05d", 42, 42, 42), "   42|42   |00042")
eq(fmt("%+d % d", 5, 5), "+5  5")
eq(fmt("%d", -0), "0")
eq(fmt("%d", maxi), "9223372036854775807")
eq(fmt("%d", mini), "-9223372036854775808")
eq(fmt("%d", 3.0), "3")
eq(fmt("%d", "10"), "10")
eq(fmt("%d", " 0x10 "), "16")
eq(fmt("%i", 7), "7")
eq(fmt("%x %X %o", 255, 255, 8), "ff FF 10")
eq(fmt("%#x %#o", 255, 8), "0xff 010")
eq(fmt("%x", -1), "ffffffffffffffff")
eq(fmt("%u", 3), "3")
eq(fmt("%.3d", 7), "007")
eq(fmt("%c%c%c", 76, 117, 97), "Lua")
eq(fmt("%c", 0), "\0")
eq(fmt("%5c|%-5c|", 65, 66), "    A|B    |")

-- floats
eq(fmt("%.2f", 3.14159), "3.14")
eq(fmt("%f", 1), "1.000000")
eq(fmt("%10.3f|", -1.5), "    -1.500|")
eq(fmt("%e", 12345.6789), "1.234568e+04")
eq(fmt("%.0e", 0.5), "5e-01")
eq(fmt("%g %g %g", 1e20, 0.0001, 100), "1e+20 0.0001 100")
eq(fmt("%.14g", 0.1), "0.1")
eq(fmt("%.17g", 0.1), "0.10000000000000001")
eq(fmt("%.3f", "2.5"), "2.500")
eq(fmt("%f %f", 1/0, -1/0), "inf -inf")
eq(fmt("%5.1f", 1/0), "  inf")
eq(fmt("%a", 1), "0x1p+0")
eq(fmt("%A", 0.5), "0X1P-1")
eq(fmt("%.99f", 1):sub(1, 5), "1.000")
eq(#fmt("%99.99f", -1e308), 410)

-- strings and other values through tostring
eq(fmt("%s", "hi"), "hi")
eq(fmt("%s %s %s", nil, true, false), "nil true false")
eq(fmt("%s", 12), "12")
eq(fmt("%s", 1.5), "1.5")
eq(fmt("%s", 1e100), "1e+100")
eq(fmt("%10s|%-10s|", "ab", "cd"), "        ab|cd        |")
eq(fmt("%.2s", "abcdef"), "ab")
eq(fmt("%s", "a\0b"), "a\0b")
local obj = setmetatable({}, {__tostring = function () return "OBJ" end})
eq(fmt("%s|%5s", obj, obj), "OBJ|  OBJ")
local named = setmetatable({}, {__name = "MyType"})
eq(fmt("%s", named):sub(1, 8), "MyType: ")
eq(fmt("%s", {}):sub(1, 7), "table: ")
eq(err(fmt, "%s", setmetatable({}, {__tostring = function () return {} end})), "'__tostring' must return a string")
eq(fmt("%s", string.rep("x", 200)), string.rep("x", 200))
eq(#fmt("%5s", string.rep("x", 200)), 200)

-- %q
eq(fmt("%q", 'a "quoted"\n\0 \1\0012'), '"a \\"quoted\\"\\\n\\0 \\1\\0012"')
eq(fmt("%q", 255), "255")
eq(fmt("%q", mini), "0x8000000000000000")
eq(fmt("%q", 1.5), "0x1.8p+0")
eq(fmt("%q", 1/0), "1e9999")
eq(fmt("%q", -1/0), "-1e9999")
eq(fmt("%q", 0/0), "(0/0)")
eq(fmt("%q", nil), "nil")
eq(fmt("%q", true), "true")
eq(err(fmt, "%q", {}), "bad argument #2 to 'string.format' (value has no literal form)")
eq(err(fmt, "%q", print), "bad argument #2 to 'string.format' (value has no literal form)")
eq(err(fmt, "%10q", "x"), "specifier '%q' cannot have modifiers")
eq(load("return " .. fmt("%q", "\r\n\t\0\255"))(), "\r\n\t\0\255")

-- %p
eq(fmt("%p", 4), "(null)")
eq(fmt("%p", nil), "(null)")
eq(fmt("%p", true), "(null)")
local t = {}
assert(fmt("%p", t) ~= "(null)")
eq(fmt("%p", t), fmt("%p", t))
assert(fmt("%p", t) ~= fmt("%p", {}))
eq(fmt("%p", print), fmt("%p", print))
eq(fmt("%p", string.rep("a", 10)), fmt("%p", string.rep("aa", 5)))
eq(#fmt("%30p", t), 30)
eq(fmt("%10p", false), "    (null)")

-- %%
eq(fmt("100%%"), "100%")
eq(fmt("%%d", 5), "%d")
eq(fmt("%5.2s|", "xyz"), "   xy|")

-- argument errors, numbered from the format
eq(err(fmt), "bad argument #1 to 'string.format' (string expected, got no value)")
eq(err(fmt, "%d"), "bad argument #2 to 'string.format' (no value)")
eq(err(fmt, "%d %d", 1), "bad argument #3 to 'string.format' (no value)")
eq(err(fmt, "%d", "x"), "bad argument #2 to 'string.format' (number expected, got string)")
eq(err(fmt, "%d", 1.5), "bad argument #2 to 'string.format' (number has no integer representation)")
eq(err(fmt, "%d", {}), "bad argument #2 to 'string.format' (number expected, got table)")
eq(err(fmt, "%f", "x"), "bad argument #2 to 'string.format' (number expected, got string)")
eq(err(fmt, "%c", 1.5), "bad argument #2 to 'string.format' (number has no integer representation)")
eq(err(fmt, "%10s", "a\0b"), "bad argument #2 to 'string.format' (string contains zeros)")
eq(err(fmt, "%y", 1), "invalid conversion '%y' to 'format'")
eq(err(fmt, "%10.3q", 1), "specifier '%q' cannot have modifiers")
eq(err(fmt, "%100d", 1), "invalid conversion specification: '%100d'")
eq(err(fmt, "%1.100d", 1), "invalid conversion specification: '%1.100d'")
eq(err(fmt, "%0000000000000000000000000000000000d", 1), "invalid format (too long)")
eq(err(fmt, "%#c", 65), "invalid conversion specification: '%#c'")
eq(err(fmt, "%ld", 1), "invalid conversion '%l' to 'format'")

-- method calls shift the numbers, as the call site names the function
local ok, msg = pcall(function () return ("%d"):format("x") end)
assert(not ok and msg:find("format%.lua:%d+: bad argument #1 to 'format' %(number expected, got string%)$"))
ok, msg = pcall(function () return ("%d %s"):format(1) end)
assert(not ok and msg:find("bad argument #2 to 'format' %(no value%)$"))

-- tostring of numbers (%.14g with '.0' for integral floats)
eq(tostring(1.0), "1.0")
eq(tostring(-0.0), "-0.0")
eq(tostring(0.1), "0.1")
eq(tostring(1/3), "0.33333333333333")
eq(tostring(1e15), "1e+15")
eq(tostring(1e14), "1e+14")
eq(tostring(123456789012345.0), "1.2345678901234e+14")
eq(tostring(2^53), "9.007199254741e+15")
eq(tostring(1e-5), "1e-05")
eq(tostring(5e-324), "4.9406564584125e-324")
eq(tostring(1.7976931348623157e308), "1.7976931348623e+308")
eq(tostring(1/0), "inf")
eq(tostring(-1/0), "-inf")
eq(tostring(maxi), "9223372036854775807")
eq(tostring(mini), "-9223372036854775808")
eq(1.5 .. "", "1.5")
eq(10 // 1.0 .. "", "10.0")
