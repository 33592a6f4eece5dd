-- Instructions the interpreter's inner loop runs itself (tail calls, generic-for calls, #,
-- comparisons of strings), each in the shapes it takes on and the shapes it leaves to the
-- outer loop; the output must match lua5.4's.

-- Tail calls from a nested call, deeper than the inner loop's nesting of activations.
local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + 1) end
local function viaCall(n) local r = count(n, 0) return r end
print("tail", viaCall(10), viaCall(1000), viaCall(100000))

-- Fewer and more arguments than parameters, multiple results, a result count the caller fixes.
local function three(a, b, c) return a, b, c end
local function callThree(...) return three(...) end           -- vararg caller
local function fewer(x) return three(x) end
local function more(x) return three(x, x + 1, x + 2, x + 3) end
print("args", fewer(1))
print("args", more(1))
print("args", callThree(7, 8))
print("args", (more(5)))
local t = {more(10)}
print("args", #t, t[1], t[3])

-- A vararg callee, a Java callee, a callable table, upvalues to close, in tail position.
local function va(...) return select("#", ...), ... end
local function toVa(x) return va(x, nil, x) end
local function toJava(s) return string.upper(s) end
local callable = setmetatable({}, {__call = function(self, x) return "called " .. x end})
local function toCallable(x) return callable(x) end
local function closing(x)
  local captured = x * 2
  local function get() return captured end
  return get()
end
print("kinds", toVa(4))
print("kinds", toJava("abc"), toCallable(3), closing(21))
print("kinds", pcall(function() return toVa(1) end))

-- An error after tail calls: the traceback's tail-call marker and the message.
local function bad(x) return x.field end
local function toBad(x) return bad(x) end
local ok, msg = pcall(function() local r = toBad(nil) return r end)
print("error", ok, msg)
local tb
xpcall(function() local r = toBad(nil) return r end, function(m) tb = debug.traceback(m, 1) end)
print("traceback has tail calls", tb:find("(...tail calls...)", 1, true) ~= nil)

-- Generic for: Lua iterators (closures, stateless), Java ones (next, ipairs, gmatch), a
-- callable table, a coroutine that yields inside the iterator, a closing value.
local function range(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i, i * i end end
end
local sum = 0
for i, sq in range(100) do sum = sum + i + sq end
print("for", sum)
local function stateless(limit, i) if i < limit then return i + 1 end end
sum = 0
for i in stateless, 50, 0 do sum = sum + i end
print("for", sum)
local keys = {}
for k, v in pairs({a = 1, b = 2, c = 3}) do keys[#keys + 1] = k .. v end
table.sort(keys)
print("for", table.concat(keys, ","))
sum = 0
for i, v in ipairs({5, 6, 7, nil, 9}) do sum = sum + i * v end
print("for", sum)
local words = {}
for w in ("one two three"):gmatch("%a+") do words[#words + 1] = w end
print("for", table.concat(words, "|"))
local stepper = setmetatable({}, {__call = function(self, _, i) if i < 3 then return i + 1 end end})
for i in stepper, nil, 0 do io.write("call", i, " ") end
print()
local gen = coroutine.wrap(function()
  for v in coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end) do
    coroutine.yield(v * 10)
  end
end)
print("for", gen(), gen(), gen())
do
  local closed = false
  local closer = setmetatable({}, {__close = function() closed = true end})
  for i in range(2), nil, nil, closer do sum = sum + i end
  print("for closed", closed)
end
print("for", pcall(function() for x in 42 do end end))

-- #: strings, tables growing and shrinking like stacks, tables with holes that still have a
-- single border, __len, a metatable without __len.
print("len", #"", #"abc", #("x"):rep(1000))
local stack = {}
for i = 1, 300 do stack[#stack + 1] = i end
print("len", #stack)
for _ = 1, 120 do stack[#stack] = nil end
print("len", #stack)
local sized = setmetatable({1, 2, 3}, {__len = function() return 42 end})
local plain = setmetatable({1, 2, 3, 4}, {__index = function() return 0 end})
print("len", #sized, #plain)
print("len", pcall(function() return #nil end))
print("len", pcall(function() local n = 5 return #n end))

-- Strings compared with < and <=: shared prefixes, embedded zeros, numbers and strings.
local pairs_ = {{"a", "b"}, {"abc", "abd"}, {"ab", "abc"}, {"a\0b", "a\0c"}, {"a\0", "a"}, {"", "a"}, {"Z", "a"}, {"x", "x"}}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  io.write(string.format("%q<%q:%s,%s ", a, b, tostring(a < b), tostring(a <= b)))
end
print()
local list = {"pear", "apple", "fig", "banana", "apple"}
table.sort(list, function(x, y) return x > y end)
print("sorted", table.concat(list, " "))
print("compare", pcall(function() return "10" < 9 end))

-- x - c (SUBK): integers at the edge of the inline range and past it, floats, a mix, strings
-- converted, and a metamethod that must see the subtraction and its operands in order.
local edge = 1 << 47
for _, x in ipairs({10, -5, edge, -edge, edge - 1, -edge + 1, math.maxinteger, math.mininteger, 2.5, -0.0, 1e308, 0 / 0}) do
  io.write(string.format("%s:%s,%s,%s ", tostring(x), tostring(x - 1), tostring(x - 2.5), tostring(x - edge)))
end
print()
print("sub", "10" - 1, "0x10" - 1, "2.5" - 1, pcall(function() return "x" - 1 end))
local sub = setmetatable({}, {__sub = function(a, b) return (type(a) == "table" and "t" or tostring(a)) .. "-" .. (type(b) == "table" and "t" or tostring(b)) end})
print("sub", sub - 1, 1 - sub, sub - 2.5)
local n = 0
for i = 1, 1000 do n = n + (i - 1) - (i - 0.5) end
print("sub", n, pcall(function() return {} - 1 end))
