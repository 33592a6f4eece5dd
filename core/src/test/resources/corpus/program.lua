-- A small program in ordinary style.
local Queue = {}
Queue.__index = Queue

function Queue.new()
  return setmetatable({first = 1, last = 0, items = {}}, Queue)
end

function Queue:push(v)
  self.last = self.last + 1
  self.items[self.last] = v
end

function Queue:pop()
  if self.first > self.last then return nil end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end

function Queue:__len()
  return self.last - self.first + 1
end

local function map(t, f)
  local r = {}
  for i, v in ipairs(t) do r[i] = f(v) end
  return r
end

local function fold(t, f, acc)
  for _, v in ipairs(t) do acc = f(acc, v) end
  return acc
end

local function fib(n)
  local a, b = 0, 1
  for _ = 1, n do a, b = b, a + b end
  return a
end

local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do
  words[#words + 1] = w:upper()
end

local q = Queue.new()
for i = 1, 10 do q:push(fib(i)) end
local sum = fold(map({1, 2, 3}, function(x) return x * x end), function(a, b) return a + b end, 0)
print(#q, sum, table.concat(words, " "))

local co = coroutine.wrap(function(...)
  local args = table.pack(...)
  for i = 1, args.n do coroutine.yield(args[i]) end
end)
print(co(1, 2, 3))

local ok, err = pcall(error, {code = 42})
print(ok, type(err) == "table" and err.code)

local mt = setmetatable({}, {
  __index = function(t, k) return k .. "!" end,
  __call = function(self, a, b) return a // b, a % b, a / b end,
})
print(mt.hello, mt(7, 2))
print(string.format("%5.2f|%-5d|%q", 3.14159, 42, "a\nb"))
print(1 << 62, 0xff ~ 0x0f, ~0, 7 // 2, 7.0 // 2, 2^53, -7 % 3)
return Queue
