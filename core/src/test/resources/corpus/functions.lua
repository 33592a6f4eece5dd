-- Functions, closures, varargs, methods.
local function counter()
  local n = 0
  return function()
    n = n + 1
    return n
  end
end

local function va(...)
  local a, b = ...
  local t = {...}
  local n = select("#", ...)
  return ..., n
end

local function fixed(a, b, c) return a, b, c end
local function mixed(a, b, ...) return a + b, ... end
local function empty() end
local f = function(x) return x * 2 end
local g = function(...) return ... end

local Account = {}
Account.__index = Account

function Account.new(balance)
  return setmetatable({balance = balance}, Account)
end

function Account:deposit(v)
  self.balance = self.balance + v
end

function Account:withdraw(v)
  if v > self.balance then error("insufficient funds") end
  self.balance = self.balance - v
end

local acc = Account.new(100)
acc:deposit(50)
acc:withdraw(30)
print(acc.balance)

local function recursive(n)
  if n <= 1 then return 1 end
  return n * recursive(n - 1)
end

local function tail(n) if n == 0 then return "done" end return tail(n - 1) end

return counter, va, fixed, mixed, empty, f, g, recursive, tail
