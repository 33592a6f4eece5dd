-- Bitwise operators do not convert strings to numbers (only arithmetic does, through the
-- string library's metamethods).
local function errorof(src)
  local ok, msg = pcall(assert(load(src, "=x")))
  assert(not ok)
  return msg
end
assert(errorof("return '3' & 1") == "x:1: attempt to perform bitwise operation on a string value (constant '3')")
assert(errorof("local s = '3' return s | 0") == "x:1: attempt to perform bitwise operation on a string value (local 's')")
assert(errorof("return (2 .. 3) << 1") == "x:1: attempt to perform bitwise operation on a string value")
