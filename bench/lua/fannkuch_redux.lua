-- Fannkuch-redux: for every permutation of 1..n, count the prefix reversals ("pancake
-- flips") until 1 comes first; small integer arrays, swaps and loops.
-- Argument: n (default 10). Prints the alternating checksum and the largest flip count.
-- @quick 6

local n = tonumber(arg and arg[1]) or 10

local perm, work, count = {}, {}, {}
for i = 1, n do perm[i] = i end

local checksum, maxflips, sign = 0, 0, 1
local r = n
while true do
  -- Count the flips of the current permutation.
  local first = perm[1]
  if first ~= 1 then
    for i = 2, n do work[i] = perm[i] end
    local flips = 0
    repeat
      -- Reverse work[1..first], with first taken out of work[1].
      local i, j = 2, first - 1
      while i < j do
        work[i], work[j] = work[j], work[i]
        i = i + 1
        j = j - 1
      end
      flips = flips + 1
      local next_first = work[first]
      work[first] = first
      first = next_first
    until first == 1
    if flips > maxflips then maxflips = flips end
    checksum = checksum + sign * flips
  end
  sign = -sign

  -- Next permutation in the order of the counting ("rotation") scheme.
  while r ~= 1 do
    count[r] = r
    r = r - 1
  end
  while true do
    if r == n then
      print(string.format("fannkuch_redux %d: checksum %d maxflips %d", n, checksum, maxflips))
      return
    end
    local p1 = perm[1]
    for i = 1, r do perm[i] = perm[i + 1] end
    perm[r + 1] = p1
    count[r + 1] = count[r + 1] - 1
    if count[r + 1] > 0 then break end
    r = r + 1
  end
end
