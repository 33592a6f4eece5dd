package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local G = require "lib"
print("-- f d n in three byte orders")
local vals = {0.0, -0.0, 1.5, -1.1, 0.1, 1/0, -1/0, 1e300, -1e300, 1e-50, 2^-149, 2^-150, 2^-1074,
              3.4028235677973366e38, 3.4028235e38, 16777217.0, 2000.7, math.pi}
for _, e in ipairs{"<", ">", "="} do
  for _, o in ipairs{"f", "d", "n"} do
    G.p(e .. (o .. " "):rep(9), table.unpack(vals, 1, 9))
    G.p(e .. (o .. " "):rep(9), table.unpack(vals, 10, 18))
  end
end
print("-- NaNs keep their sign")
G.p("<f d n", 0/0, 0/0, 0/0)
G.p("<f d n", -(0/0), -(0/0), -(0/0))
print("-- integers as floats")
G.p("<f d n", 3, -7, math.maxinteger)
G.p(">f d n", 16777217, 1 << 53 | 1, math.mininteger)
print("-- strings with a length: s1..s16")
for n = 1, 16 do
  G.p("<s" .. n, "abc"); G.p(">s" .. n, "")
end
G.p("s", "hello"); G.p(">s", "hello")
G.p("s1 s1", "", "\0\1\255")
print("-- zero-terminated")
G.p("z", ""); G.p("z", "abc"); G.p("zz", "a", "\255\1"); G.p("z", "a\0b"); G.p("z", "\0")
G.p("zB", "xyz", 7)
print("-- fixed size")
G.p("c0", ""); G.p("c1", "a"); G.p("c5", "ab"); G.p("c5", "abcde"); G.p("c3", "abcd")
G.p("c0", "a"); G.p("c2c3", "\0\0", "\255"); G.p("c10", "a\0b"); G.p("c16 c1", "", "q")
print("-- padding and spaces")
G.p("x"); G.p("xxx"); G.p("bxh", 1, 2); G.p(" b  x B ", 1, 2); G.p("")
print("-- numbers given as strings are the runtime's business: numerals for strings are fine")
G.p("z c2 s1", 12, 34, 5)
