package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local G = require "lib"
local pat = "\x80\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\xf0"
print("-- integers of every size, both orders, signed and unsigned")
for n = 1, 8 do
  for _, e in ipairs{"<", ">"} do
    G.u(e .. "i" .. n .. "I" .. n, pat:sub(1, n) .. pat:sub(1, n):reverse())
  end
end
print("-- sign extension of short integers")
for n = 1, 7 do
  G.u("<i" .. n, ("\xff"):rep(n)); G.u("<I" .. n, ("\xff"):rep(n))
  G.u(">i" .. n, "\x80" .. ("\0"):rep(n - 1)); G.u(">I" .. n, "\x80" .. ("\0"):rep(n - 1))
  G.u("<i" .. n, ("\xff"):rep(n - 1) .. "\x7f")
end
print("-- sizes above 8: the extra bytes must repeat the sign")
for n = 9, 16 do
  local x = n - 8
  G.u("<i" .. n, "\xfe" .. ("\xff"):rep(n - 1))
  G.u(">i" .. n, ("\xff"):rep(x) .. "\x80" .. ("\0"):rep(7))
  G.u("<I" .. n, ("\xff"):rep(8) .. ("\0"):rep(x))
  G.u("<i" .. n, ("\xff"):rep(8) .. ("\0"):rep(x))
  G.u("<I" .. n, ("\xff"):rep(n))
  G.u("<i" .. n, ("\x01"):rep(8) .. ("\xff"):rep(x))
  G.u(">i" .. n, "\1" .. ("\0"):rep(n - 1))
  G.u("<i" .. n, ("\0"):rep(n - 1) .. "\1")
  G.u("<i" .. n, ("\0"):rep(7) .. "\x80" .. ("\xff"):rep(x - 1) .. "\xfe")
end
print("-- named integer options")
G.u("<b B h H l L j J T", ("\xff"):rep(46))
G.u(">b B h H l L j J T", "\x80\x80" .. ("\x80\x01"):rep(22))
G.u("=i I", "\1\2\3\4\5\6\7\8")
print("-- floats")
G.u("<f >f", "\0\0\xc0\x3f\x3f\xc0\0\0")
G.u("<d >n", "\0\0\0\0\0\0\xf8\x3f\x3f\xf8\0\0\0\0\0\0")
G.u("<f f f f", "\0\0\x80\x7f\0\0\x80\xff\1\0\0\0\0\0\xc0\xff")
G.u("<d n", "\1\0\0\0\0\0\xf8\x7f\0\0\0\0\0\0\0\x80")
G.u(">f", "\x7f\x7f\xff\xff")
print("-- strings")
G.u("c0 c1 c3", "abcd"); G.u("c2", "a\0"); G.u("z z", "ab\0\0"); G.u("zB", "xyz\0\7")
G.u("s1 s1", "\3abc\0"); G.u(">s2", "\0\2hi!"); G.u("<s", "\2\0\0\0\0\0\0\0ab")
G.u("<s16", "\1" .. ("\0"):rep(15) .. "Q"); G.u("<s9", "\1" .. ("\0"):rep(7) .. "\1Q")
G.u("<s3", "\255\255\255abc"); G.u("<s8", ("\255"):rep(8) .. "abc"); G.u("s1", "\5abc")
G.u("z", "abc"); G.u("z", ""); G.u("xz", "a"); G.u("c5", "abcd"); G.u("z", "\0")
print("-- padding and alignment (relative to the data's start)")
G.u("x x b", "\1\2\3"); G.u("!4 b i4", "\1\0\0\0\2\0\0\0"); G.u("!4 b Xi4 b", "\1\0\0\0\2")
G.u("!8 b Xd", "\1\0\0\0\0\0\0\0"); G.u("!8 b Xd", "\1\0\0"); G.u("!2 xXi8", "0123")
G.u("!8 xXi8", "01234567"); G.u("!16 xXi16", ("\0"):rep(16)); G.u("!4 i4", "\1\0\0\0\2\0\0\0\3\0\0\0", 2)
G.u("!4 b i4", "\1\0\0\0\2\0\0\0\3\0\0\0", 4); G.u("!4 Xi4 b", "abcdef", 2); G.u("!4 b s2", "\1\0\2\0hi")
print("-- initial positions")
local x = "\1\2\3\4\5\6\7\8"
for _, init in ipairs{1, 2, 8, 9, 10, 0, -1, -8, -9, -100, math.mininteger, math.maxinteger} do
  G.u("b", x, init); G.u("c0", x, init)
end
G.u("c0", "", 1); G.u("c0", "", 2); G.u("c0", "", 0); G.u("c0", "", -1); G.u("", "abc", 3); G.u("", "abc", 4)
G.u("", "abc", 5); G.u("", "", 1)
print("-- data too short")
G.u("i4", "abc"); G.u("b i4", "abcd"); G.u("c5", "abc"); G.u("x", ""); G.u("i4", "abcd", 2)
G.u("!4 b Xi4", "a"); G.u("d", "1234567"); G.u("f", "123"); G.u("j", "1234567"); G.u("i16", ("\0"):rep(15))
print("-- format errors")
G.u("i3r", "abc"); G.u("i0", ""); G.u("c", "a"); G.u("X", "a"); G.u("!4 i3", "abc"); G.u("Xi", "")
