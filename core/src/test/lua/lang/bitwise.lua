-- Bitwise operators on integers and on floats with exact integer values.

local maxint = 0x7fffffffffffffff
local minint = 0x8000000000000000

assert(~0 == -1 and ~-1 == 0 and ~maxint == minint)
assert(0xF0 & 0x3C == 0x30 and 0xF0 | 0x0F == 0xFF and 0xFF ~ 0x0F == 0xF0)
assert(-1 & maxint == maxint and minint | maxint == -1)
assert(0xFFFFFFFFFFFFFFFF == -1)

-- shifts are logical, negative counts shift the other way, big counts give 0
local a = 1
assert(a << 63 == minint and a << 64 == 0 and a << 100 == 0)
assert(minint >> 63 == 1 and -1 >> 1 == maxint and -1 >> 64 == 0)
assert(a << -1 == 0 and 8 >> -2 == 32 and 8 << -2 == 2)
assert(a >> minint == 0 and a << minint == 0 and a >> maxint == 0 and a << maxint == 0)
assert(1 >> -3 == 1 << 3 and 1000 >> 5 == 1000 << -5)

-- floats with integral values convert; others are errors
assert(2.0 | 1 == 3 and 3.0 & 1.0 == 1 and ~0.0 == -1 and 1 << 2.0 == 4)
assert(-(2 ^ 63) | 0 == minint)
-- an error raised by chunk 'src' (named "=x", so messages start with "x:1:")
local function errorof(src, ...)
  local ok, msg = pcall(assert(load(src, "=x")), ...)
  assert(not ok)
  return msg
end
assert(errorof("local x = ... return x | 0", 1.5) == "x:1: number (local 'x') has no integer representation")
assert(errorof("return 1.5 | 0") == "x:1: number has no integer representation")
assert(errorof("local x = ... return x & {}", 1) ==
       "x:1: attempt to perform bitwise operation on a table value")
assert(errorof("local x = ... return ~x", true) ==
       "x:1: attempt to perform bitwise operation on a boolean value (local 'x')")
local ok, msg = pcall(function (x) return x & 1 end, 2 ^ 63)
assert(not ok)
ok, msg = pcall(function (x) return x ~ 1 end, 0 / 0)
assert(not ok)
ok = pcall(function (x) return x << 1 end, 1 / 0)
assert(not ok)

-- precedence: shifts bind tighter than &, & tighter than ~, ~ tighter than |
assert(1 | 2 ~ 3 & 4 << 1 == 1 | (2 ~ (3 & (4 << 1))))
assert(-1 >> 60 == 15 and - 1 >> 60 == 15 and ~5 + 1 == -5)

-- results are integers
assert(tostring(3.0 | 0) == "3" and tostring(~0.0) == "-1")
