-- The training run of the ahead-of-time cache (bin/panlua makes it when the build changes):
-- a little of everything a short script does, so that the classes it needs are loaded and
-- linked, and their methods profiled, before any real program starts.
local t = {}
for i = 1, 200 do t[i] = tostring(i) .. "x" end
table.sort(t)
local s = table.concat(t, ",", 1, 20)
local n = 0
for w in s:gmatch("%d+") do n = n + tonumber(w) end
assert(n > 0)
local fmt = string.format("%5.2f %d %s %q %x", 3.14159, 42, "str", "a\nb", 255)
assert(#fmt > 0 and s:find("x", 1, true) and s:sub(2, 4) and s:upper() and s:rep(2, "-"))
assert(("abc"):gsub("b", "B") == "aBc" and ("a,b"):match("(%a),(%a)") == "a")
assert(string.byte("A") == 65 and string.char(72) == "H" and #string.pack("i4", 7) == 4)
local mt = {__index = function(_, k) return k * 2 end, __add = function(a, b) return 1 end,
            __tostring = function() return "obj" end}
local obj = setmetatable({}, mt)
assert(obj[21] == 42 and obj + obj == 1 and tostring(obj) == "obj")
local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end
assert(fib(15) == 610)
local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
assert(co(1) == 2 and co(5) == 10)
local ok, err = pcall(error, {code = 1})
assert(not ok and err.code == 1)
ok, err = pcall(function() local x = nil; return x.y end)
assert(not ok and err:find("attempt to index"))
assert(select("#", xpcall(function() error("e") end, debug.traceback)) == 2)
assert(math.floor(2.5) == 2 and math.max(1, 3) == 3 and math.type(1) == "integer" and 7 // 2 == 3)
assert(utf8.char(228, 8364) == "ä€" and utf8.len("ä€") == 2)
assert(load("return 1 + 1")() == 2 and type(os.time()) == "number" and os.getenv("HOME") ~= false)
for k, v in pairs({a = 1, b = 2}) do assert(v) end
for i, v in ipairs({1, 2, 3}) do assert(v == i) if i == 3 then break end end
assert(next({}) == nil and rawequal(t, t) and rawlen(t) == 200 and #arg >= 0)
io.write(string.format("%g\n", 1 / 3))
print(1, "two", 3.0, nil, true)
-- gsub with a function and a table, and a full collection (their lambdas are linked in the cache)
assert(("a b"):gsub("%a", function(c) return c:upper() end) == "A B")
assert(("a b"):gsub("%a", {a = "x"}) == "x b")
collectgarbage()
collectgarbage("step")
