-- Calls and constructors that take every result of the call before them (CALL and SETLIST
-- up to the top), which the inner loop runs within an activation: counts of 0, 1 and many
-- results, nil results kept, Java functions and Lua functions in both places, nesting.
local function none() end
local function one(x) return x end
local function three(a, b, c) return a, b, c end
local function many(n) local t = {} for i = 1, n do t[i] = i end return table.unpack(t) end

local function count(...) return select("#", ...) end

assert(count(none()) == 0)
assert(count(one(nil)) == 1)
assert(count(three(1, nil, 3)) == 3)
assert(count(1, three(nil, nil, nil)) == 4)
assert(count(many(50)) == 50)
assert(count(select(2, 1, 2, 3)) == 2)        -- a Java function's results as arguments
assert(math.max(three(4, 9, 2)) == 9)         -- a Java function called up to the top

local t = {none()}
assert(#t == 0)
t = {one(7), three(1, 2, 3)}
assert(#t == 4 and t[1] == 7 and t[4] == 3)
t = {three(1, nil, 3)}
assert(t[1] == 1 and t[2] == nil and t[3] == 3)
t = {many(200)}
assert(#t == 200 and t[200] == 200)
t = {string.byte("abc", 1, -1)}
assert(#t == 3 and t[3] == 99)

-- A tree built from both kinds, deep enough for nested activations to return to each other.
local function build(d)
  if d == 0 then return {} end
  return {build(d - 1), build(d - 1)}
end
local function size(n) if not n[1] then return 1 end return 1 + size(n[1]) + size(n[2]) end
assert(size(build(10)) == 2047)

local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
local function pass(...) return ... end
assert(sum(pass(three(1, 2, 3))) == 6)
assert(sum(one(1), one(2), three(3, 4, 5)) == 15)

-- Recursion through calls up to the top, past the inner loop's nesting bound.
local function down(n, ...)
  if n == 0 then return count(...) end
  return (down(n - 1, n, ...))
end
assert(down(300) == 300)
