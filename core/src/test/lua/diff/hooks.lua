-- Debug hooks: the events, lines and values hooks see, printed as traces. The traces start
-- after the call to debug.sethook and end at the call that removes the hook.

local function trace(mask, count, f, ...)
  local events = {}
  debug.sethook(function (event, line)
    local info = debug.getinfo(2, "nSl")
    local name = info.name or (info.what == "main" and "main") or "?"
    events[#events + 1] = event .. (line and (" " .. line) or "") .. " " .. name
  end, mask, count)
  f(...)
  debug.sethook()
  print(table.concat(events, " | "))
end

-- ---- call and return events, Lua and Java functions -------------------------------------
local function add(a, b) return a + b end
local function twice(x)
  local y = add(x, x)
  return y
end
trace("cr", 0, twice, 3)
trace("c", 0, print, "from print")
trace("r", 0, function () return math.max(1, 2) end)

-- tail calls: "tail call" events, and a single return for the chain
local function last(x) return x end
local function middle(x) return last(x) end
local function first(x) return middle(x) end
trace("cr", 0, first, 1)

-- a Java function called in tail position gets a plain "call" event
local function tailJava(s) return string.upper(s) end
trace("cr", 0, tailJava, "a")

-- ---- line events ------------------------------------------------------------------------
local function lines(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  while s > 3 do s = s - 3 end
  if s == 0 then
    s = -1
  else
    s = -2
  end
  return s
end
trace("l", 0, lines, 3)

local function oneLine(n) local s = 0; for i = 1, n do s = s + i end; return s end
trace("l", 0, oneLine, 3)

local function repeatLoop()
  local i = 0
  repeat
    i = i + 1
  until i == 2
  return i
end
trace("l", 0, repeatLoop)

local function varargs(...)
  local n = select("#", ...)
  return n
end
trace("crl", 0, varargs, 1, 2, 3)

-- goto backwards on the same line
local function gotoLoop()
  local i = 0
  ::top:: i = i + 1; if i < 3 then goto top end
  return i
end
trace("l", 0, gotoLoop)

-- ---- count events -----------------------------------------------------------------------
trace("", 1, function () local a = 1; local b = 2; return a + b end)
trace("", 3, lines, 2)
trace("l", 2, function ()
  local a = 1
  local b = 2
  return a + b
end)

-- ---- what the hook sees -----------------------------------------------------------------
-- debug.getinfo(2) is the hooked function, with its current line
do
  local seen = {}
  local function target(a)
    local b = a * 2
    return b
  end
  debug.sethook(function (event, line)
    local info = debug.getinfo(2, "Sl")
    if info.short_src == "diff/hooks.lua" and info.linedefined > 0 then
      seen[#seen + 1] = event .. ":" .. tostring(line) .. ":" .. info.currentline
    end
  end, "crl")
  target(5)
  debug.sethook()
  print(table.concat(seen, " "))
end

-- the hooked function's arguments (call) and results (return) through getlocal
do
  local out = {}
  local on = false
  debug.sethook(function (event)
    if not on then return end
    local ar = debug.getinfo(2, "nr")
    local values = {}
    for i = ar.ftransfer, ar.ftransfer + ar.ntransfer - 1 do
      local name, v = debug.getlocal(2, i)
      values[#values + 1] = name .. "=" .. tostring(v)
    end
    out[#out + 1] = event .. " " .. tostring(ar.name) .. " [" .. ar.ftransfer .. "," .. ar.ntransfer
        .. "] " .. table.concat(values, " ")
  end, "cr")
  local function f(a, b, ...) local c = a + b; return c, ..., "end" end
  on = true
  f(1, 2, "x", "y")
  select(2, "a", "b", "c")
  on = false
  debug.sethook()
  for _, line in ipairs(out) do print(line) end
end

-- getinfo outside hooks has no transfer information
do
  local r = debug.getinfo(1, "r")
  print("transfer", r.ftransfer, r.ntransfer)
end

-- the hook function is called by a "hook", and hooks are off inside it
do
  local names = {}
  debug.sethook(function ()
    local info = debug.getinfo(1, "n")
    names[#names + 1] = tostring(info.namewhat) .. ":" .. tostring(info.name)
    local inner = 0
    for i = 1, 3 do inner = inner + i end -- no line events from here
    debug.sethook(debug.gethook()) -- reinstalling from inside is allowed
  end, "l")
  local x = 1
  x = x + 1
  debug.sethook()
  print(table.concat(names, " "))
end

-- gethook answers the function, the mask and the count
do
  local function h() end
  debug.sethook(h, "crl", 7)
  local f, mask, count = debug.gethook()
  debug.sethook()
  print(f == h, mask, count, debug.gethook())
  debug.sethook(h, "", 0)            -- an empty mask is no hook
  print(debug.gethook())
  debug.sethook(h, "l")
  debug.sethook(nil)
  print(debug.gethook())
end

-- errors in hooks propagate to the hooked code
do
  local ok, err = pcall(function ()
    debug.sethook(function (e, l) debug.sethook(); error("hook error at " .. tostring(l), 0) end, "l")
    local a = 1
    return a
  end)
  debug.sethook()
  print(ok, err)
end

-- pcall and error inside hooked code
do
  local events = {}
  debug.sethook(function (e)
    local info = debug.getinfo(2, "n")
    events[#events + 1] = e .. " " .. tostring(info.name)
  end, "cr")
  local ok = pcall(error, "x")
  debug.sethook()
  print(ok, table.concat(events, " | "))
end

-- ---- coroutines: hooks are per coroutine ------------------------------------------------
do
  local events = {}
  local co = coroutine.create(function (a)
    local b = coroutine.yield(a + 1)
    return b * 2
  end)
  debug.sethook(co, function (e, l)
    events[#events + 1] = e .. (l and (" " .. l) or "")
  end, "crl")
  print(debug.gethook())                     -- the running coroutine has none
  print(select(2, debug.gethook(co)))        -- mask
  print(coroutine.resume(co, 1))
  print(coroutine.resume(co, 10))
  print(table.concat(events, " | "))
end

-- a coroutine created while a hook is set inherits it, without a hook function of its own
do
  local events = 0
  debug.sethook(function () events = events + 1 end, "c")
  local co = coroutine.create(function () return 1 end)
  debug.sethook()
  print(select(2, debug.gethook(co)), coroutine.resume(co))
end

-- wrap, and a line hook set inside the coroutine
do
  local lines = {}
  local gen = coroutine.wrap(function ()
    debug.sethook(function (e, l) lines[#lines + 1] = l end, "l")
    for i = 1, 2 do
      coroutine.yield(i)
    end
    debug.sethook()
  end)
  gen(); gen(); gen()
  print(table.concat(lines, " "))
end

-- a traceback made inside a hook names it
do
  local tb
  debug.sethook(function ()
    debug.sethook()
    tb = debug.traceback("in hook", 1)
  end, "l")
  local x = 1
  print((tb:gsub("\n[^\n]*%[C%]: in %?$", "")))
end

-- the message handler of an error raised in a hook sees the hook
do
  local ok, tb = xpcall(function ()
    debug.sethook(function () debug.sethook(); error("boom") end, "l")
    local x = 1
  end, debug.traceback)
  print(ok, (tb:gsub("\n[^\n]*%[C%]: in %?$", "")))
end

-- after an error inside a hook caught inside it, the hook is still off within it
do
  local events = 0
  debug.sethook(function ()
    events = events + 1
    local ok = pcall(error, "inner")
    local a = 1
    local b = 2
  end, "l")
  local x = 1
  local y = 2
  debug.sethook()
  print("events", events)
end

-- loops that jump to themselves are still traced, instruction by instruction
do
  local n = 0
  debug.sethook(function () n = n + 1; if n > 50 then debug.sethook(); error("stop", 0) end end, "", 1)
  print(pcall(function () while true do end end))
  n = 0
  debug.sethook(function () n = n + 1; if n > 20 then debug.sethook(); error("stop", 0) end end, "l")
  print(pcall(function () while true do end end), n)
  n = 0
  local x, y = 0, 1
  debug.sethook(function () n = n + 1 end, "", 1)
  for i = 1, 10 do end
  repeat y = y + 1 until y > 5
  while x < 3 do x = x + 1 end
  debug.sethook()
  print(n, x, y)
  local t = {}
  debug.sethook(function (e, l) t[#t + 1] = l end, "l")
  local z = 0; while z < 3 do z = z + 1 end
  ::top:: z = z - 1; if z > 0 then goto top end
  for i = 1, 3 do end
  for k in pairs({1, 2}) do end
  debug.sethook()
  print(table.concat(t, " "))
end
