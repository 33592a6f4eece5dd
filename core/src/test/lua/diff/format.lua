-- string.format and tostring agree with the reference on numbers and quoting.
-- (Only NaN made by 0/0 is printed: the reference keeps a NaN's sign, -(0/0) prints "nan".)

print(0 / 0, tostring(0 / 0), (0 / 0) .. "")
print(string.format("%g %f %.3f %5.1f %d %x %X %o %e %a", 1e15, 0.1, 2 / 3, -0.05, 3.0, 255, 255, 8, 12345.6789, 1.0))
print(string.format("%q", "a\nb\0c\"d\\e\r\t\1272"))
print(string.format("%q %q %q %q %q", 1 / 0, -1 / 0, math.mininteger, 0.1, 255))
print(string.format("%.14g|%5.2s|%c%c|%i|%-6d|%+d|%05d|% d", 2 ^ 63, "abc", 72, 105, -7, 42, 42, 42, 42))
print(string.format("%.0f %.20f %g %g %g %.3g", 0.5, 0.1, 1e-5, 123456789, 2 ^ -1074, 2 / 3))
print(string.format("%s %s %s %s %s", 1, 1.0, -0.0, 2 ^ 53, math.maxinteger))
print(string.format("%10.4f|%-10.2e|%#x|%#o|%.3a", math.pi, -math.pi, 255, 8, 1 / 3))
print(string.format("%s|%10s|%-10s|%.2s", "x", "right", "left", "truncate"))
print(string.format("%%"), string.format("%5s%%", "50"))
print(pcall(string.format, "%d", 1.5))
print(pcall(string.format, "%d", "x"))
print(pcall(string.format, "%z", 1))
print(pcall(string.format, "%", 1))
print(pcall(string.format, "%10q", "x"))

-- numbers to strings and back
for _, v in ipairs({1, -1, 0.5, 1 / 3, 1e15, 1e16, 2 ^ 63, -2 ^ 63, 123.456, 1e-310, math.huge}) do
  local s = tostring(v)
  print(s, string.format("%.17g", v), tonumber(s) == v, math.type(tonumber(s)))
end
print(math.maxinteger, math.mininteger, math.maxinteger + 0.0, math.mininteger // 1 | 0)
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.type(1), math.type(1.0), math.type("1"))
print(string.rep("ab", 3, ","), ("x"):rep(0), ("abc"):sub(-2), ("abc"):byte(1, -1))
