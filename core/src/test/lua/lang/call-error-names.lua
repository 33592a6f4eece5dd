-- A value that cannot be called is named by what calls it: the called variable, a metamethod
-- the instruction calls, the iterator of a generic 'for' (reported on the line after 'in').
local function message(s)
  local ok, msg = pcall(load(s, "=x"))
  assert(not ok)
  return msg
end

assert(message("local a = setmetatable({}, {__add = 34}); a = a + 1")
       == "x:1: attempt to call a number value (metamethod 'add')")
assert(message("local a = setmetatable({}, {__lt = {}}); a = a > a")
       == "x:1: attempt to call a table value (metamethod 'lt')")
assert(message("local a = setmetatable({}, {__concat = true}); return a .. 'x'")
       == "x:1: attempt to call a boolean value (metamethod 'concat')")
assert(message("local a = setmetatable({}, {__unm = 'x'}); return -a")
       == "x:1: attempt to call a string value (metamethod 'unm')")
assert(message("local t <close> = setmetatable({}, {__close = 1})")
       == "x:1: attempt to call a number value (metamethod 'close')")
assert(message("for k in 3 do end") == "x:1: attempt to call a number value (for iterator 'for iterator')")
assert(message("for k in\n\n 3 do end") == "x:3: attempt to call a number value (for iterator 'for iterator')")
assert(message("\n for k, v in \n 3 \n do \n end") == "x:3: attempt to call a number value (for iterator 'for iterator')")
assert(message("x()") == "x:1: attempt to call a nil value (global 'x')")
assert(message("local t = {} t:m()") == "x:1: attempt to call a nil value (method 'm')")
assert(message("local f; f()") == "x:1: attempt to call a nil value (local 'f')")
