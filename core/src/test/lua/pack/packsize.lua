package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local G = require "lib"
print("-- fixed sizes")
for _, f in ipairs{"", " ", "b", "B", "h", "H", "i", "I", "l", "L", "j", "J", "T", "f", "d", "n",
                   "x", "c0", "c7", "i1", "i3", "i9", "i16", "I5", "<>=", "bhilj", "<i2 >i2 =i2"} do
  G.z(f)
end
print("-- alignment")
for _, f in ipairs{"!xXi16", "!8 xXi8", "!8 xXi2", "!2 xXi2", "!2 xXi8", "!16 xXi16", "!4 b i4", "!4 b h b",
                   "! b d", "! b i16", "!16 b i16", "!4 c3 i4", "!8 b Xd", "b Xd", "!8 b Xi3", "!4 b i3",
                   " b b Xd b Xb x", "!8 b c1 Xi8", "<! c3", ">!4 c6", "!2 b i3", "!8 bbb Xi8 h"} do
  G.z(f)
end
print("-- variable length and limits")
for _, f in ipairs{"s", "z", "b s1", "bz", "c2147483639", "c2147483639c8", "c2147483639c9",
                   "c1073741824c1073741823", "c1073741824c1073741824", "c2147483647",
                   string.rep("c268435456", 8), string.rep("c268435456", 7) .. "c268435455",
                   "!8 c2147483639 j", "X", "i17", "c", "q", "i3\0s"} do
  G.z(f)
end
