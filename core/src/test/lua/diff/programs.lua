-- Small programs whose output exercises control flow, closures, tables and recursion.
-- Keys are sorted before printing: pairs order differs between implementations.

local function sortedkeys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  -- insertion sort: numbers before strings, each in natural order
  local function less(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) == "number"
  end
  for i = 2, #keys do
    local k, j = keys[i], i - 1
    while j >= 1 and less(k, keys[j]) do keys[j + 1] = keys[j]; j = j - 1 end
    keys[j + 1] = k
  end
  return keys
end

local function dump(t)
  local parts = {}
  for _, k in ipairs(sortedkeys(t)) do
    local v = t[k]
    parts[#parts + 1] = tostring(k) .. "=" .. (type(v) == "table" and "{" .. dump(v) .. "}" or tostring(v))
  end
  local s = ""
  for i, p in ipairs(parts) do s = s .. (i > 1 and ", " or "") .. p end
  return s
end

-- constructors and lengths
print(dump({1, 2, 3, x = 1, y = {z = true}, [10] = 10, [1.5] = "f", [-1] = "neg"}))
print(#{1, 2, 3}, #{}, #{nil}, #{1, 2, 3, nil}, #{n = 1})
local function three() return "a", "b", "c" end
print(dump({three()}), dump({three(), three()}), dump({(three())}))

-- word frequencies without the string library: words given as a list
local words = {"the", "cat", "and", "the", "hat", "and", "the", "bat"}
local freq = {}
for _, w in ipairs(words) do freq[w] = (freq[w] or 0) + 1 end
print(dump(freq))

-- sieve of Eratosthenes
local function primes(n)
  local composite, out = {}, {}
  for i = 2, n do
    if not composite[i] then
      out[#out + 1] = i
      for j = i * i, n, i do composite[j] = true end
    end
  end
  return out
end
local p = primes(100)
print(#p, p[1], p[#p], dump(primes(30)))

-- closures: counters, generators, memoization
local function memo(f)
  local cache = {}
  return function (n)
    local v = cache[n]
    if v == nil then v = f(n); cache[n] = v end
    return v
  end
end
local fib
fib = memo(function (n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(50), fib(90), fib(92))
local function gen(n)
  local i = 0
  return function () i = i + 1; if i <= n then return i, i * i end end
end
for i, sq in gen(5) do print(i, sq) end

-- goto and nested loops
for i = 1, 3 do
  for j = 1, 3 do
    if j == i then goto continue end
    print(i, j)
    ::continue::
  end
end

-- tail recursion, integer overflow and float accumulation
local function sum(n, acc) if n == 0 then return acc end return sum(n - 1, acc + n) end
print(sum(100000, 0), sum(100000, 0.0))
local x = 1
for _ = 1, 70 do x = x * 2 end
print(x, 2 ^ 70, 1 << 62, (1 << 62) * 4)
local f = 0.0
for _ = 1, 10 do f = f + 0.1 end
print(f, f == 1.0, 1.0 - f)

-- repeat-until scope and while with break
local i = 0
repeat local j = i; i = i + 1 until j >= 3
print(i)
local n = 0
while true do n = n + 1; if n * n > 50 then break end end
print(n)

-- varargs through several calls
local function count(...) return select('#', ...), ... end
local function forward(...) return count(...) end
print(forward(1, nil, 3, nil))
print(forward())

-- tables as keys and identity
local k1, k2 = {}, {}
local map = {[k1] = "one", [k2] = "two"}
print(map[k1], map[k2], map[{}])
