-- Reads through chains of __index tables (classes and their bases), as the inner loop
-- follows them, and the cases it leaves to the full path: an __index function anywhere in
-- the chain, long chains, strings and their methods, a string type without a metatable.

local Base = {}
Base.__index = Base
function Base.new(x) return setmetatable({x = x}, Base) end
function Base:get() return self.x end
function Base:kind() return "base" end

local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
function Derived.new(x) return setmetatable({x = x}, Derived) end
function Derived:kind() return "derived" end

local b, d = Base.new(1), Derived.new(2)
for _ = 1, 3 do
  assert(b:get() == 1 and b:kind() == "base")
  assert(d:get() == 2 and d:kind() == "derived")
  assert(d.missing == nil and b.missing == nil)
  assert(d.get == Base.get and rawget(d, "get") == nil)
  local key = "kind"
  assert(d[key] == Derived.kind and b[1] == nil)
end

-- A chain of 12 tables: longer than the inner loop follows.
local top = {deep = "found"}
local t = top
for i = 1, 12 do t = setmetatable({}, {__index = t}) end
assert(t.deep == "found" and t.nothing == nil)
local k = "deep"
assert(t[k] == "found")

-- An __index function behind an __index table: called with the table that has it.
local calls = 0
local fallback = setmetatable({}, {__index = function(tab, key) calls = calls + 1 return key .. "!" end})
local obj = setmetatable({}, {__index = fallback})
assert(obj.hello == "hello!" and obj[5] == "5!" and calls == 2)

-- Integer keys (GETI) and computed keys (GETTABLE) through a chain.
local proto = {10, 20, 30, name = "p"}
local arr = setmetatable({}, {__index = proto})
assert(arr[2] == 20 and arr[4] == nil)
local i = 3
assert(arr[i] == 30 and arr["name"] == "p")

-- A metatable with no __index: the read is nil.
local plain = setmetatable({}, {})
assert(plain.x == nil and plain[1] == nil)

-- String methods, and strings once their type has no metatable.
local s = "Hello"
assert(s:upper() == "HELLO" and s:len() == 5 and ("x"):rep(3) == "xxx")
local smt = getmetatable("")
local ok, msg = pcall(function() return s:nosuch() end)
assert(not ok and msg:find("attempt to call a nil value %(method 'nosuch'%)"), msg)
local saved = smt.__index
smt.__index = nil
ok, msg = pcall(function() return s:upper() end)
assert(not ok and string.find(msg, "attempt to index a string value"), msg)
smt.__index = saved
debug.setmetatable("", nil)
ok, msg = pcall(function() return s:upper() end)
assert(not ok and string.find(msg, "attempt to index a string value"), msg)
debug.setmetatable("", smt)
assert(s:lower() == "hello")
