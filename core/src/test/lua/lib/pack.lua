-- string.pack, string.unpack, string.packsize through the library: arguments, results, errors.
-- Prints nothing on success; expected values come from the reference interpreter.

local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "no error")
  return msg
end

local function eq(a, b)
  if a ~= b then error("expected " .. tostring(b) .. ", got " .. tostring(a), 2) end
end

local pack, unpack, packsize = string.pack, string.unpack, string.packsize

-- round trips
local s = pack("<i4 z s1 B", 100, "hello", "xy", 255)
eq(#s, 4 + 6 + 3 + 1)
local a, b, c, d, nxt = unpack("<i4 z s1 B", s)
eq(a, 100); eq(b, "hello"); eq(c, "xy"); eq(d, 255); eq(nxt, 15)
eq(select("#", unpack("<i4 z s1 B", s)), 5)
eq(pack(">I2", 0x0102), "\1\2")
eq(pack("<I2", 0x0102), "\2\1")
eq(pack("i1", -1), "\255")
eq(unpack("<d", pack("<d", 1.5)), 1.5)
eq(unpack("<f", pack("<f", 0.25)), 0.25)
eq(unpack("<n", pack("<n", -0.0)), 0)
eq(unpack("<j", pack("<j", 0x7fffffffffffffff)), 0x7fffffffffffffff)
eq(unpack("c3", "abcdef"), "abc")
eq(pack("c5", "ab"), "ab\0\0\0")

-- numbers and strings converted as arguments
eq(pack("i2", "7"), pack("i2", 7))
eq(pack("i2", 7.0), pack("i2", 7))
eq(pack("d", "2"), pack("d", 2.0))
eq(pack("z", 12), "12\0")

-- unpack's init
eq(unpack("B", "\1\2\3", 2), 2)
eq(unpack("B", "\1\2\3", -1), 3)
eq(select(2, unpack("B", "\1\2\3", -1)), 4)
eq(select("#", unpack("", "abc", 4)), 1)
eq(unpack("", "abc", 4), 4)

-- packsize
eq(packsize("i4i8"), 12)
eq(packsize("!8 i1 i8"), 16)
eq(packsize(""), 0)
eq(packsize("c0"), 0)

-- errors: the function named as the call site names it, the format counted as argument 1
eq(err(pack, "i1", 300), "bad argument #2 to 'string.pack' (integer overflow)")
eq(err(pack, "i1"), "bad argument #2 to 'string.pack' (number expected, got nil)")
eq(err(pack, "i1i1z", 1), "bad argument #3 to 'string.pack' (number expected, got nil)")
eq(err(pack, "i1z", 1), "bad argument #3 to 'string.pack' (string expected, got nil)")
eq(err(pack, "i1 i1", 1, 2.5), "bad argument #3 to 'string.pack' (number has no integer representation)")
eq(err(pack, "z", "a\0b"), "bad argument #2 to 'string.pack' (string contains zeros)")
eq(err(pack, "c2", "abc"), "bad argument #2 to 'string.pack' (string longer than given size)")
eq(err(pack, "s1", string.rep("x", 256)), "bad argument #2 to 'string.pack' (string length does not fit in given size)")
eq(err(pack, "d", {}), "bad argument #2 to 'string.pack' (number expected, got table)")
eq(err(pack, "s", {}), "bad argument #2 to 'string.pack' (string expected, got table)")
eq(err(pack), "bad argument #1 to 'string.pack' (string expected, got no value)")
eq(err(pack, "i17", 1), "integral size (17) out of limits [1,16]")
eq(err(pack, "y", 1), "invalid format option 'y'")
eq(err(unpack, "i4", "abc"), "bad argument #2 to 'string.unpack' (data string too short)")
eq(err(unpack, "z", "abc"), "bad argument #2 to 'string.unpack' (unfinished string for format 'z')")
eq(err(unpack, "B", "abc", 5), "bad argument #3 to 'string.unpack' (initial position out of string)")
eq(err(unpack, "B"), "bad argument #2 to 'string.unpack' (string expected, got no value)")
eq(err(unpack, "B", "abc", 1.5), "bad argument #3 to 'string.unpack' (number has no integer representation)")
eq(err(unpack, "i9", "\0\0\0"), "bad argument #2 to 'string.unpack' (data string too short)")
eq(err(unpack, "<i9", "\0\0\0\0\0\0\0\0\1"), "9-byte integer does not fit into Lua Integer")
eq(err(packsize, "s"), "bad argument #1 to 'string.packsize' (variable-length format)")
eq(err(packsize, "z"), "bad argument #1 to 'string.packsize' (variable-length format)")
eq(err(packsize, "c1000000000c1000000000c1000000000"), "bad argument #1 to 'string.packsize' (format result too large)")

-- called as methods of the format, the numbers shift and the function is named as called
local ok, msg = pcall(function () return ("i1"):pack(300) end)
assert(not ok and msg:sub(-#"bad argument #1 to 'pack' (integer overflow)") == "bad argument #1 to 'pack' (integer overflow)")
ok, msg = pcall(function () return ("s"):packsize() end)
assert(not ok and msg:sub(-#"calling 'packsize' on bad self (variable-length format)") == "calling 'packsize' on bad self (variable-length format)")
local p = pack
ok, msg = pcall(function () return p("i1", 300) end)
assert(not ok and msg:sub(-#"bad argument #2 to 'p' (integer overflow)") == "bad argument #2 to 'p' (integer overflow)")

-- many results
local fmt = string.rep("B", 300)
local t = {unpack(fmt, string.rep("\7", 300))}
eq(#t, 301); eq(t[300], 7); eq(t[301], 301)
