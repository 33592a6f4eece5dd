-- The cost of one coroutine switch and back, and nothing else: a generator that yields its
-- argument, driven through coroutine.wrap, then through coroutine.resume. Every iteration is
-- one resume/yield pair with one value each way.
-- Argument: pairs per part (default 5000000). Prints checksums.
-- @quick 2000

local n = tonumber(arg and arg[1]) or 5000000

local echo = coroutine.wrap(function(x)
  local yield = coroutine.yield
  while true do x = yield(x) end
end)
local sum = 0
for i = 1, n do sum = sum + echo(i) end
print("wrap", sum)

local co = coroutine.create(function(x)
  local yield = coroutine.yield
  while true do x = yield(x + 1) end
end)
local resume = coroutine.resume
sum = 0
for i = 1, n do
  local _, v = resume(co, i)
  sum = sum + v
end
print("resume", sum)
