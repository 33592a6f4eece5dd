-- Binary trees: allocates many short-lived trees (tables of two children) and one
-- long-lived tree, then walks them; mostly allocation and garbage collection.
-- Argument: the maximum depth (default 15). Prints one checksum over all the walks.
-- @quick 8

local maxdepth = tonumber(arg and arg[1]) or 15
local mindepth = 4
if maxdepth < mindepth + 2 then maxdepth = mindepth + 2 end

-- A node is {left, right}; a leaf is {} (no children).
local function build(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { build(depth), build(depth) }
end

local function count(tree)
  local left = tree[1]
  if not left then return 1 end
  return 1 + count(left) + count(tree[2])
end

local checksum = 0
checksum = checksum + count(build(maxdepth + 1))

local longlived = build(maxdepth)

for depth = mindepth, maxdepth, 2 do
  local iterations = 2 ^ (maxdepth - depth + mindepth)
  local total = 0
  for _ = 1, iterations do
    total = total + count(build(depth))
  end
  checksum = checksum + total * depth
end

checksum = checksum + count(longlived)
print(string.format("binary_trees %d: checksum %d", maxdepth, checksum))
