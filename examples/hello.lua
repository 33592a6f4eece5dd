-- A first Lua program for Panlua: closures, tables with metatables, string formatting,
-- coroutines and error handling.
local Point = {}
Point.__index = Point
Point.__tostring = function(p) return string.format("(%g, %g)", p.x, p.y) end
Point.__add = function(a, b) return Point.new(a.x + b.x, a.y + b.y) end
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end

print("Hello from " .. _VERSION .. " on Panlua")
print("points:", Point.new(1, 2) + Point.new(0.5, -1))

local squares = coroutine.wrap(function()
  for i = 1, 5 do coroutine.yield(i * i) end
end)
local list = {}
for s in squares do list[#list + 1] = s end
print("squares:", table.concat(list, " "))

local ok, err = pcall(function() return nil .. "x" end)
print("caught:", ok, err)
print(("%d words, %.3f pi"):format(select("#", "a", "b", "c"), math.pi))
