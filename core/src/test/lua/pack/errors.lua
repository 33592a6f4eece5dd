package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local G = require "lib"
print("-- integral sizes")
G.p("i0", 0); G.p("I17", 0); G.p("i99", 0); G.p("s0", ""); G.p("s17", ""); G.p("!0"); G.p("!17"); G.p("<!100>")
G.p("i16", 0); G.p("i01", 5); G.p("i0016", 5); G.p("s016", "")
G.p("i" .. ("9"):rep(12), 0); G.p("i2147483647", 0); G.p("i214748364", 0); G.p("i2147483648", 0)
print("-- numerals stop growing past INT_MAX/10: the rest is read as options")
G.p("c1" .. ("0"):rep(40), ""); G.p("c2147483647", ""); G.p("c21474836470", "")
G.p("c2147483646", ""); G.p("i1234567891", 0)
print("-- unknown options")
for _, c in ipairs{"r", "a", "k", "#", "\255", "\1", "%", "-", "+", "C", "D", "F", "Z", "S", "N", "t"} do
  G.p("b" .. c, 1)
end
print("-- 'c' needs a size")
G.p("c", ""); G.p("c x", ""); G.p("cc", ""); G.p("c-1", "")
print("-- the format ends at its first zero byte")
G.p("b\0b", 1, 2); G.p("\0"); G.p("c\0"); G.p("i2\0junk", 3)
print("-- argument numbers in messages count the format as #1")
G.p("b b b b b b", 1, 2, 3, 4, 5, 300); G.p("x b X i2 < I1", 1, 256); G.p("z z", "a", "b\0")
G.p("s1 s1", "a", ("b"):rep(300):sub(1, 1)); G.p("c1 c1 c1", "a", "b", "cc")
G.p("!4 b x Xi4 i1", 1, 128); G.p("i16 i16 I2", -1, 1, -1)
