-- Hooks set and removed from inside nested Lua calls, at depths past the first frames a thread
-- starts with: the calls and returns in between run where no hook was set when they started.

local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print("depth", depth(100), depth(1000), depth(10))

-- call and return hooks set at depth 50 and removed at depth 10 on the way back
local events = {}
local function hook(event)
  local info = debug.getinfo(2, "n")
  events[#events + 1] = event .. ":" .. (info and info.name or "?")
end
local function dive(n, setAt, clearAt)
  if n == setAt then debug.sethook(hook, "cr") end
  local r = 0
  if n > 0 then r = dive(n - 1, setAt, clearAt) + 1 end
  if n == clearAt then debug.sethook() end
  return r
end
print("dive", dive(60, 50, 10), #events)
print(table.concat(events, " ", 1, 8))
print(table.concat(events, " ", #events - 7, #events))

-- a line hook set by a callee, seen by its callers as they go on
local lines = 0
local function inner() debug.sethook(function () lines = lines + 1 end, "l") end
local function middle()
  inner()
  local x = 1
  x = x + 1
  return x
end
local function outer()
  local y = middle()
  y = y * 3
  debug.sethook()
  return y
end
print("lines", outer(), lines)

-- a count hook set deep in a recursion, removed by the hook itself
local ticks = 0
local function counted(n)
  if n == 40 then
    debug.sethook(function ()
      ticks = ticks + 1
      if ticks == 5 then debug.sethook() end
    end, "", 7)
  end
  if n == 0 then return 0 end
  return counted(n - 1) + n
end
print("count", counted(80), ticks)

-- returns of many results and of none through frames past the first ones
local function many(n, ...)
  if n == 0 then return ... end
  return (many(n - 1, n, ...))
end
local function spread(n) if n == 0 then return 1, 2, 3 end local a, b, c = spread(n - 1) return c, a, b end
print("results", many(5, "x"), spread(70))
