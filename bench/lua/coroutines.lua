-- Coroutine switches: generators resumed through coroutine.wrap and coroutine.resume, a
-- pipeline of filters, each stage a coroutine, and generators that yield from inside a
-- nested call. Every item costs one resume/yield pair per stage.
-- Argument: how many items go through each part (default 1000000). Prints checksums.
-- @quick 2000

local n = tonumber(arg and arg[1]) or 1000000

-- A generator by coroutine.wrap.
local function range(limit)
  return coroutine.wrap(function()
    for i = 1, limit do coroutine.yield(i) end
  end)
end

local sum = 0
for i in range(n) do sum = sum + i end
print("wrap", sum)

-- coroutine.resume with values passed both ways.
local doubler = coroutine.create(function(x)
  while true do x = coroutine.yield(x * 2) end
end)
sum = 0
for i = 1, n do
  local ok, v = coroutine.resume(doubler, i)
  sum = sum + v
end
print("resume", sum)

-- A pipeline: source -> filter (odd numbers) -> map (squares mod 1000) -> sink.
local function filter(source)
  return coroutine.wrap(function()
    for v in source do
      if v % 2 == 1 then coroutine.yield(v) end
    end
  end)
end

local function map(source)
  return coroutine.wrap(function()
    for v in source do coroutine.yield(v * v % 1000) end
  end)
end

sum = 0
for v in map(filter(range(n))) do sum = sum + v end
print("pipeline", sum)

-- Yields from a depth of nested Lua calls inside the coroutine.
local function walk(depth, value)
  if depth == 0 then return coroutine.yield(value) end
  return walk(depth - 1, value + 1)
end
local deep = coroutine.wrap(function()
  local v = 0
  while true do v = walk(8, v) end
end)
sum = 0
for i = 1, math.floor(n / 4) do sum = sum + deep(i) end
print("nested", sum)
