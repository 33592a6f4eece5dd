-- load: text chunks, chunk names, environments, modes, reader functions; dofile and loadfile.

-- a chunk is a vararg function
local f = load("return ...")
assert(select('#', f()) == 0 and select(2, f(1, 2, 3)) == 2)
f = load("local a, b = ... return a + b")
assert(f(2, 3) == 5)

-- syntax errors: nil plus the message, with the chunk name
local g, msg = load("x = ", "=c")
assert(g == nil and msg == "c:1: unexpected symbol near <eof>")
g, msg = load("x = ")
assert(g == nil and msg == [[[string "x = "]:1: unexpected symbol near <eof>]])
g, msg = load("x = ", "chunk")
assert(g == nil and msg == [[[string "chunk"]:1: unexpected symbol near <eof>]])
g, msg = load("x = ", "@file.lua")
assert(g == nil and msg == "file.lua:1: unexpected symbol near <eof>")
g, msg = load("return 1 +", "=c")
assert(g == nil and msg == "c:1: unexpected symbol near <eof>")
g, msg = load("for", "=c")
assert(g == nil and msg == "c:1: <name> expected near <eof>")
g, msg = load("x = 'unfinished", "=c")
assert(g == nil and msg == "c:1: unfinished string near <eof>")

-- runtime errors carry the chunk name
local ok, e = pcall(load("error('x')", "=(load)"))
assert(not ok and e == "(load):1: x")
ok, e = pcall(load("error('x')"))
assert(not ok and e == [[[string "error('x')"]:1: x]])
ok, e = pcall(load("error('x')", "a long name that goes on and on and on and on and on and on and on"))
assert(not ok and e == [[[string "a long name that goes on and on and on and on..."]:1: x]])
ok, e = pcall(load("error('x')", "line1\nline2"))
assert(not ok and e == [[[string "line1..."]:1: x]])
ok, e = pcall(load("\n\nerror('x')", "@some/file.lua"))
assert(not ok and e == "some/file.lua:3: x")

-- the environment: the first upvalue of the chunk
local env = {y = 2}
f = load("x = 1; return y", "=c", "t", env)
assert(f() == 2 and env.x == 1 and x == nil)
f = load("return _ENV", "=c", "t", env)
assert(f() == env)
f = load("return _ENV", "=c", "t", nil)        -- an explicit nil environment
assert(f() == nil)
ok, e = pcall(load("return x", "=c", "t", nil))
assert(not ok and e == "c:1: attempt to index a nil value (upvalue '_ENV')")
f = load("return _ENV")                          -- the default is the global table
assert(f() == _G and _G._G == _G)
-- the same source loaded twice gives different functions with different upvalues
local e1, e2 = {v = 1}, {v = 2}
local f1, f2 = load("return v", "=c", "t", e1), load("return v", "=c", "t", e2)
assert(f1 ~= f2 and f1() == 1 and f2() == 2)

-- modes
g, msg = load("return 1", "=c", "b")
assert(g == nil and msg == "attempt to load a text chunk (mode is 'b')")
assert(load("return 1", "=c", "t")() == 1 and load("return 1", "=c", "bt")() == 1)
g, msg = load("\27Lua", "=c", "t")
assert(g == nil and msg == "attempt to load a binary chunk (mode is 't')")
g, msg = load("\27 not really a chunk")
assert(g == nil and type(msg) == "string")

-- reader functions: pieces are concatenated until nil or an empty string
local parts = {"return ", "1 ", "+ ", "2"}
local i = 0
f = load(function () i = i + 1; return parts[i] end)
assert(f() == 3)
parts = {"return 'a'", "", "never read"}
i = 0
f = load(function () i = i + 1; return parts[i] end)
assert(f() == "a" and i == 2)
local chunkpieces = {}
for k = 1, 100 do chunkpieces[k] = "x = (x or 0) + " .. k .. "\n" end
i = 0
env = {}
f = load(function () i = i + 1; return chunkpieces[i] end, "=pieces", "t", env)
f()
assert(env.x == 5050)
i = 0
g, msg = load(function () i = i + 1; if i == 1 then return "return +" end end, "=r")
assert(g == nil and msg == "r:1: unexpected symbol near '+'")

-- loadfile and dofile of a missing file
g, msg = loadfile("/nonexistent/dir/file.lua")
assert(g == nil and msg == "cannot open /nonexistent/dir/file.lua: No such file or directory")
ok, e = pcall(dofile, "/nonexistent/dir/file.lua")
assert(not ok and type(e) == "string")

-- a function made by load can be called many times and keeps its upvalue
f = load("n = (n or 0) + 1; return n", "=c", "t", {})
for _ = 1, 10 do f() end
assert(f() == 11)

-- nested code still compiles
local open, close = "", ""
for _ = 1, 100 do open = open .. "("; close = close .. ")" end
assert(load("return " .. open .. "42" .. close)() == 42)
