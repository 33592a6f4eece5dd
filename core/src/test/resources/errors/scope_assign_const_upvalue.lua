local x <const> = 1
local function g()
  return function() x = 3 end
end