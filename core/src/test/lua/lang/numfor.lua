-- Numeric for: integer and float loops, overflow-safe limits, errors.

local maxint = 0x7fffffffffffffff
local minint = 0x8000000000000000

local function collect(a, b, c)
  local t = {}
  if c then
    for i = a, b, c do t[#t + 1] = i end
  else
    for i = a, b do t[#t + 1] = i end
  end
  return t
end

local t = collect(1, 3)
assert(#t == 3 and t[1] == 1 and t[3] == 3)
assert(#collect(3, 1) == 0 and #collect(1, 1) == 1)
t = collect(10, 1, -3)
assert(#t == 4 and t[4] == 1)
t = collect(1, 10, 4)
assert(#t == 3 and t[3] == 9)

-- near the integer limits: no overflow, no endless loop
t = collect(maxint - 2, maxint)
assert(#t == 3 and t[1] == maxint - 2 and t[3] == maxint)
t = collect(minint, minint + 2)
assert(#t == 3 and t[1] == minint)
t = collect(minint + 2, minint, -1)
assert(#t == 3 and t[3] == minint)
t = collect(maxint - 10, maxint, 7)
assert(#t == 2 and t[2] == maxint - 3)
t = collect(0, maxint, maxint)
assert(#t == 2 and t[2] == maxint)
t = collect(0, minint, minint)
assert(#t == 2 and t[2] == minint)
t = collect(minint, maxint, maxint)
assert(#t == 3 and t[3] == maxint - 1)
t = collect(maxint, minint, minint)
assert(#t == 2 and t[2] == -1)
assert(#collect(1, 0) == 0 and #collect(maxint, maxint - 1) == 0)

-- integer loop with a float limit: the limit is floored or ceiled
t = collect(1, 3.5)
assert(#t == 3 and t[3] == 3 and math_type == nil)
t = collect(3, 0.5, -1)
assert(#t == 3 and t[3] == 1)
local n = 0
for i = 1, 1 / 0 do n = n + 1; if n == 5 then break end end
assert(n == 5)
n = 0
for i = 1, -1 / 0 do n = n + 1 end
assert(n == 0)
n = 0
for i = maxint - 1, 1e100 do n = n + 1 end   -- the limit is clipped to maxint
assert(n == 2)
n = 0
for i = minint + 1, -1e100, -1 do n = n + 1 end
assert(n == 2)
n = 0
for i = 1, 0 / 0 do n = n + 1 end            -- NaN limit: no iterations
assert(n == 0)
-- the loop variable is an integer when start and step are integers
for i = 1, 2.5 do assert(tostring(i) == "1" or tostring(i) == "2") end

-- float loops
t = collect(1.0, 3)
assert(#t == 3 and tostring(t[1]) == "1.0" and tostring(t[3]) == "3.0")
t = collect(0, 1, 0.25)
assert(#t == 5 and t[5] == 1.0 and tostring(t[1]) == "0.0")
t = collect(1, 0, -0.5)
assert(#t == 3 and t[3] == 0.0)
n = 0
for i = 0.1, 1.0, 0.1 do n = n + 1 end      -- accumulates: 0.1 * 10 > 1.0
assert(n == 10 or n == 9)
n = 0
for i = 1, 2, 1 / 0 do n = n + 1 end
assert(n == 1)

-- the loop variable is a copy: assigning it does not change the loop
n = 0
for i = 1, 3 do
  i = i * 10
  n = n + 1
end
assert(n == 3)

-- the bounds are evaluated once
local calls = 0
local function lim() calls = calls + 1; return 3 end
for i = 1, lim() do end
assert(calls == 1)

-- errors
local function errorof(src)
  local ok, msg = pcall(assert(load(src, "=x")))
  assert(not ok)
  return msg
end
assert(errorof("for i = 1, 10, 0 do end") == "x:1: 'for' step is zero")
assert(errorof("for i = 1.0, 10, 0.0 do end") == "x:1: 'for' step is zero")
assert(errorof("local z = 0 for i = 1, 10, z do end") == "x:1: 'for' step is zero")
assert(not pcall(load("for i = 'a', 10 do end")))
assert(not pcall(load("for i = 1, {} do end")))
assert(not pcall(load("for i = 1, 2, nil do end")))
-- numeric strings are accepted as bounds
n = 0
for i = "1", "3" do n = n + i end
assert(n == 6)
