-- Calling a value that cannot be called names the metamethod or the for iterator.
local function errorof(src)
  local ok, msg = pcall(assert(load(src, "=x")))
  assert(not ok)
  return msg
end
assert(errorof("local a = setmetatable({}, {__add = 34}); return a + 1") ==
       "x:1: attempt to call a number value (metamethod 'add')")
assert(errorof("local a = setmetatable({}, {__lt = {}}); return a < a") ==
       "x:1: attempt to call a table value (metamethod 'lt')")
assert(errorof("local a = setmetatable({}, {__len = 34}); return #a") ==
       "x:1: attempt to call a number value (metamethod 'len')")
assert(errorof("local a = setmetatable({}, {__close = 34}); do local x <close> = a end") ==
       "x:1: attempt to call a number value (metamethod 'close')")
assert(errorof("for k in 3 do end") == "x:1: attempt to call a number value (for iterator 'for iterator')")
