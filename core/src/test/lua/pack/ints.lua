package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local G = require "lib"
local maxi, mini = math.maxinteger, math.mininteger
local function lim(n)  -- signed min, max, unsigned max of an n-byte integer, clipped to 64 bits
  if n >= 8 then return mini, maxi, -1 end
  local umax = (1 << (n * 8)) - 1
  return ~(umax >> 1), umax >> 1, umax
end
print("-- signed i1..i16")
for n = 1, 16 do
  local mn, mx = lim(n)
  for _, e in ipairs{"<", ">"} do
    G.p(e .. ("i" .. n .. " "):rep(6), -1, 0, 1, mn, mx, 0x0102 & mx)
  end
end
print("-- unsigned I1..I16")
for n = 1, 16 do
  local _, mx, umax = lim(n)
  for _, e in ipairs{"<", ">"} do
    G.p(e .. ("I" .. n):rep(5), 0, 1, umax, mx, 0x0102030405060708 & umax)
  end
end
print("-- I9..I16 of negative values: zero extended; i9..i16: sign extended")
for _, n in ipairs{9, 12, 16} do
  G.p("<I" .. n, -2); G.p(">I" .. n, mini); G.p("<i" .. n, -2); G.p(">i" .. n, mini)
end
print("-- named sizes, three byte orders")
for _, e in ipairs{"<", ">", "="} do
  G.p(e .. "b B", -128, 255)
  G.p(e .. "h H", -32768, 65535)
  G.p(e .. "l L", mini, -1)
  G.p(e .. "j J", mini + 1, maxi)
  G.p(e .. "T i I", 0x1122334455667788, -2, 0xfedcba98)
  G.p(e .. "j", 3.0)
end
print("-- default order is native (little)")
G.p("i", 0x01020304)
G.p("i2 >i2 =i2", 1, 1, 1)
print("-- overflow limits")
for n = 1, 8 do
  local mn, mx, umax = lim(n)
  G.p("i" .. n, mx); G.p("i" .. n, mn)
  if n < 8 then
    G.p("i" .. n, mx + 1); G.p("i" .. n, mn - 1)
    G.p("I" .. n, umax); G.p("I" .. n, umax + 1); G.p("I" .. n, -1)
  end
end
G.p("b", 128); G.p("b", -129); G.p("B", 256); G.p("B", -1)
G.p("h", 32768); G.p("H", 65536); G.p("H", -1)
G.p("bbbh", 1, 2, 3, 40000)
G.p("<I4 <I4", 1, 0x100000000)
