-- When a coroutine ends with an error, an error raised by a closing handler replaces it
-- (as it does outside coroutines).
local function closer(f) return setmetatable({}, {__close = f}) end
local co = coroutine.wrap(function ()
  local a <close> = closer(function () error("second", 0) end)
  local b <close> = closer(function () error("first", 0) end)
  coroutine.yield(1)
  error("original", 0)
end)
assert(co() == 1)
local ok, msg = pcall(co)
assert(not ok and msg == "second")

co = coroutine.wrap(function ()
  local a <close> = closer(function () error("second", 0) end)
  local b <close> = closer(function () error("first", 0) end)
  coroutine.yield(1)
  return "not returned"
end)
assert(co() == 1)
ok, msg = pcall(co)
assert(not ok and msg == "second")
