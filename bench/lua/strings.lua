-- String building: concatenation in a loop, table.concat, string.format, string.rep,
-- sub, byte, char, upper and a few patterns, each round building and taking apart
-- a few kilobytes of text.
-- Argument: the number of rounds (default 6000). Prints the total length and a hash of
-- everything built.
-- @quick 20

local rounds = tonumber(arg and arg[1]) or 6000

local byte, char, sub, rep, format = string.byte, string.char, string.sub, string.rep, string.format
local concat = table.concat

local M = 1000000007

-- A hash over every 7th byte of s, chained from h; stays an exact integer everywhere.
local function hash(h, s)
  for i = 1, #s, 7 do
    h = (h * 31 + byte(s, i)) % M
  end
  return (h * 31 + #s) % M
end

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }

local total, h = 0, 0
for round = 1, rounds do
  -- Concatenation with .. in a loop (quadratic copying on purpose, kept short).
  local s = ""
  for i = 1, 40 do
    s = s .. words[(round + i) % #words + 1] .. ","
  end

  -- table.concat of formatted pieces.
  local parts = {}
  for i = 1, 60 do
    parts[i] = format("%s=%d;%x", words[i % #words + 1], round * i, i * 977 + round)
  end
  local joined = concat(parts, " ")

  -- string.rep, sub and upper.
  local line = rep("ab-", 50) .. rep("x", round % 17)
  local middle = sub(line, 10, -10):upper()

  -- Take the joined string apart byte by byte and put it together again with char.
  local codes = {}
  for i = 1, #joined do
    local c = byte(joined, i)
    if c >= 97 and c <= 122 then c = c - 32 end
    codes[i] = char(c)
  end
  local shouted = concat(codes)

  -- A pattern pass over the result: count the numbers and sum their lengths.
  local numbers, digits = 0, 0
  for number in shouted:gmatch("%d+") do
    numbers = numbers + 1
    digits = digits + #number
  end

  total = total + #s + #joined + #middle + #shouted + numbers
  h = hash(h, s)
  h = hash(h, joined)
  h = hash(h, middle)
  h = hash(h, shouted)
  h = (h * 31 + digits) % M
end
print(format("strings %d: length %d hash %d", rounds, total, h))
