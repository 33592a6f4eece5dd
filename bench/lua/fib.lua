-- Recursive calls: the naive Fibonacci function, called for every n up to the size.
-- Argument: the largest n (default 34). Prints the sum of fib(0..n) and the call count.
-- @quick 18

local n = tonumber(arg and arg[1]) or 34

local calls = 0

local function fib(k)
  calls = calls + 1
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end

local sum = 0
for k = 0, n do
  sum = sum + fib(k)
end
print(string.format("fib %d: sum %d calls %d", n, sum, calls))
