-- Lua-to-Lua calls nested deeper than the inner loop runs in nested activations (200), with
-- instructions the inner loop leaves to the outer one at every depth, errors raised deep down,
-- coroutines, tracebacks and results that must arrive in the right frames.

-- Plain recursion, far deeper than the nesting bound, results through every level.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
assert(depth(5000) == 5000)

-- An instruction left to the outer loop (concatenation, a new table) at every level, on the
-- way down and on the way up.
local function build(n)
  if n == 0 then return {s = "x"} end
  local t = build(n - 1)
  t.s = t.s .. n % 10
  return t
end
local s = build(1000).s
assert(#s == 1001 and s:sub(1, 4) == "x123" and s:sub(-3) == "890")

-- Mutual recursion with locals live across every call.
local isodd
local function iseven(n) local keep = n if n == 0 then return true end local r = isodd(n - 1) assert(keep == n) return r end
function isodd(n) local keep = n if n == 0 then return false end local r = iseven(n - 1) assert(keep == n) return r end
assert(iseven(1001) == false and isodd(777) == true)

-- An error raised 700 levels down, caught by a pcall 300 levels down: the frames between are
-- gone, the ones above the pcall go on.
local function thrower(n, at)
  if n == at then error({level = n}) end
  return thrower(n + 1, at) + 1
end
local function catcher(n)
  if n == 300 then
    local ok, e = pcall(thrower, n, 700)
    assert(not ok and e.level == 700)
    return 0
  end
  return catcher(n + 1) + 1
end
assert(catcher(0) == 300)

-- The traceback of a deep error names the functions on the way.
local function tb(n) if n == 0 then return debug.traceback("here", 1) end local r = tb(n - 1) return r end
local trace = tb(250)
assert(trace:find("^here\nstack traceback:\n"), trace)
assert(trace:find("in upvalue 'tb'") or trace:find("in local 'tb'") or trace:find("in function 'tb'"), trace)
assert(trace:find("%.%.%.\t%(skipping %d+ levels%)"), trace)

-- A coroutine that yields from deep inside Lua recursion, resumed to the end.
local co = coroutine.wrap(function()
  local function down(n)
    if n == 0 then coroutine.yield("bottom") return 0 end
    return down(n - 1) + 1
  end
  return down(450)
end)
assert(co() == "bottom")
assert(co() == 450)

-- Running out of stack in an endless non-tail recursion is a catchable error, and the
-- program goes on.
local function endless(n) return 1 + endless(n + 1) end
local ok, msg = pcall(endless, 1)
assert(not ok and msg:find("stack overflow"), msg)
assert(depth(300) == 300)

-- Returns of several values (RETURN with a fixed count), through a deep chain, from vararg
-- functions, and from functions that close a variable or an upvalue on the way out.
local function two(n) if n == 0 then return 1, 2 end local a, b = two(n - 1) return b, a end
local x, y = two(301)
assert(x == 2 and y == 1)
local function va(...) return select("#", ...), ... end
local count, first, second = va(7, 8)
assert(count == 2 and first == 7 and second == 8)
local closed = 0
local function closing(v)
  local guard <close> = setmetatable({}, {__close = function() closed = closed + 1 end})
  return v, v + 1
end
local function capture(v) local f = function() return v end return f(), v * 2 end
for i = 1, 3 do
  local p, q = closing(i)
  local r, s2 = capture(i)
  assert(p == i and q == i + 1 and r == i and s2 == 2 * i)
end
assert(closed == 3)
