-- Table sorting: table.sort on integers, floats and strings, with the default order and
-- with Lua comparators (descending, by a key of a record), on fresh pseudo-random data
-- each round.
-- Argument: the number of elements per sort (default 200000). Prints a checksum of the
-- sorted orders.
-- @quick 500

local n = tonumber(arg and arg[1]) or 200000

local M = 1000000007
local sort, format = table.sort, string.format

-- Park-Miller generator: the same sequence everywhere (math.random differs).
local seed = 42
local function random(limit)
  seed = (seed * 16807) % 2147483647
  return seed % limit
end

-- A checksum that depends on the order of the numbers (integers below 2^31).
local function order_sum(a)
  local h = 0
  for i = 1, #a, 3 do h = (h * 31 + a[i]) % M end
  return h
end

local function string_sum(a)
  local h = 0
  for i = 1, #a, 5 do h = (h * 31 + #a[i] + a[i]:byte(1) + a[i]:byte(-1)) % M end
  return h
end

local checksum = 0
local function add(h) checksum = (checksum * 17 + h) % M end

-- Integers, default order.
local ints = {}
for i = 1, n do ints[i] = random(1000000) end
sort(ints)
add(order_sum(ints))

-- Integers, descending by comparator.
for i = 1, n do ints[i] = random(1000000) end
sort(ints, function(a, b) return a > b end)
add(order_sum(ints))

-- Floats, default order; the checksum looks at their rank by index only.
local floats = {}
for i = 1, n do floats[i] = random(1000000) / 7 end
sort(floats)
for i = 1, n do ints[i] = math.floor(floats[i] * 7 + 0.5) end
add(order_sum(ints))

-- Strings, default order.
local strings = {}
for i = 1, n do strings[i] = format("k%x_%d", random(1000000), i % 97) end
sort(strings)
add(string_sum(strings))

-- Strings, by length then reverse order, by comparator.
for i = 1, n do strings[i] = string.rep("s", random(8) + 1) .. format("%d", random(100000)) end
sort(strings, function(a, b)
  if #a ~= #b then return #a < #b end
  return a > b
end)
add(string_sum(strings))

-- Records sorted by a field, ties broken by another.
local records = {}
for i = 1, n do records[i] = { key = random(1000), id = i } end
sort(records, function(a, b)
  if a.key ~= b.key then return a.key < b.key end
  return a.id < b.id
end)
for i = 1, n do ints[i] = records[i].id end
add(order_sum(ints))

-- Already sorted and reversed inputs.
for i = 1, n do ints[i] = i end
sort(ints)
add(order_sum(ints))
for i = 1, n do ints[i] = n - i end
sort(ints)
add(order_sum(ints))

print(format("sort %d: checksum %d", n, checksum))
