-- Binary chunks: string.dump and load of binary strings, modes, stripping, corrupt input.

local function f(a, b)
  local t = {}
  for i = a, b do t[#t + 1] = i * i end
  return #t, t[#t], "const", 1.5, 2 ^ 63, math.maxinteger
end

local d = string.dump(f)
assert(type(d) == "string" and d:byte(1) == 27)
local g = assert(load(d, "=dumped", "b"))
local n, last, s, x, big, mi = g(1, 10)
assert(n == 10 and last == 100 and s == "const" and x == 1.5 and big == 2 ^ 63 and mi == math.maxinteger)
assert(load(d, "=dumped", "bt")(2, 3) == 2)
assert(load(d)(1, 1) == 1)

-- modes
local h, msg = load(d, "=c", "t")
assert(h == nil and msg == "attempt to load a binary chunk (mode is 't')")
h, msg = load("return 1", "=c", "b")
assert(h == nil and msg == "attempt to load a text chunk (mode is 'b')")

-- stripped chunks lose debug information but still run
local stripped = string.dump(f, true)
assert(#stripped <= #d)
assert(load(stripped)(1, 3) == 3)
local function bad() local x; return x.y end
local ok, e = pcall(load(string.dump(bad)))
assert(not ok and e:find("attempt to index a nil value %(local 'x'%)"))
ok, e = pcall(load(string.dump(bad, true)))
assert(not ok and e:find("attempt to index a nil value"))

-- upvalues of a loaded function are fresh: the first one is the environment
local up = 10
local function useup() return up end
local loaded = load(string.dump(useup))
ok, e = pcall(loaded)
assert(ok)                                   -- its upvalue 'up' received the environment (_G)
assert(loaded() == _G)
local function useenv() return print end
assert(load(string.dump(useenv))() == print)
local env = {print = "mine"}
assert(load(string.dump(useenv), "=c", "b", env)() == "mine")

-- main chunks dump too
local main = assert(load("local a, b = ... return a * b, ..."))
local copy = load(string.dump(main))
local p, q, r = copy(6, 7)
assert(p == 42 and q == 6 and r == 7)

-- nested functions and closures survive
local maker = load(string.dump(function ()
  local count = 0
  return function () count = count + 1; return count end
end))
local c = maker()
assert(c() == 1 and c() == 2)

-- corrupt and truncated chunks are rejected with an error, not a crash
for cut = 1, #d - 1, 7 do
  local fn, err = load(d:sub(1, cut), "=cut", "b")
  assert(fn == nil and type(err) == "string")
end
local fn, err = load("\27Lua garbage", "=junk")
assert(fn == nil and type(err) == "string")

-- Java functions cannot be dumped
ok, e = pcall(string.dump, print)
assert(not ok and e == "unable to dump given function")
ok, e = pcall(string.dump, 1)
assert(not ok and e:find("function expected"))
