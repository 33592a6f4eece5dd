-- A local of a while loop's body captured by a closure is fresh at each iteration.
local fs, i = {}, 1
while i <= 3 do
  local j = i
  fs[i] = function () return j end
  i = i + 1
end
assert(fs[1]() == 1 and fs[2]() == 2 and fs[3]() == 3)

fs, i = {}, 1
while true do
  local x = i
  fs[i] = function () return x end
  if i == 3 then break end
  i = i + 1
end
assert(fs[1]() == 1 and fs[2]() == 2 and fs[3]() == 3)
