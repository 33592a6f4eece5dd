-- A coroutine can yield from inside metamethods, __close handlers and
-- __pairs, as in the reference (they are called with continuations there).
local function run(f, ...)
  local co = coroutine.wrap(f)
  local first = co(...)
  return first, co("resumed")
end

-- (yields across pcall and xpcall work: lang/yield-pcall.lua)
local a, b = run(function ()
  local t = setmetatable({}, {__index = function (_, k) return coroutine.yield(k) end})
  return t.key
end)
assert(a == "key" and b == "resumed")
a, b = run(function ()
  local t = setmetatable({}, {__add = function () return coroutine.yield("add") end})
  return t + 1
end)
assert(a == "add" and b == "resumed")
a, b = run(function ()
  local t = setmetatable({}, {__lt = function () return coroutine.yield("lt") end})
  return t < t
end)
assert(a == "lt" and b == true)
a, b = run(function ()
  local t = setmetatable({}, {__concat = function () return coroutine.yield("concat") end})
  return t .. "x"
end)
assert(a == "concat" and b == "resumed")
a, b = run(function ()
  local x <close> = setmetatable({}, {__close = function () coroutine.yield("close") end})
  return "returned"
end)
assert(a == "close" and b == "returned")
a, b = run(function ()
  local t = setmetatable({}, {__pairs = function (t) coroutine.yield("pairs"); return next, {10}, nil end})
  for k, v in pairs(t) do return v end
end)
assert(a == "pairs" and b == 10)
