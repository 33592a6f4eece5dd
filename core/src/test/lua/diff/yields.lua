-- Yields across metamethods called by the VM, __close, __pairs, dofile and for iterators;
-- and the C-call boundaries a yield may not cross.

local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " "))
end

-- Runs body as a coroutine, answering each yield with the value answer(yielded...) gives,
-- and prints every yield and the final results.
local function drive(name, body, answer)
  local co = coroutine.create(body)
  local res = table.pack(coroutine.resume(co))
  while coroutine.status(co) == "suspended" do
    show(name, "yielded", table.unpack(res, 2, res.n))
    res = table.pack(coroutine.resume(co, answer(table.unpack(res, 2, res.n))))
  end
  show(name, "ended", table.unpack(res, 1, res.n))
end

local function yielder(tag)
  return function(...) return coroutine.yield(tag, select("#", ...)) end
end

local mt = {}
for _, e in ipairs{"__index", "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm",
                   "__idiv", "__band", "__bor", "__bxor", "__shl", "__shr", "__bnot",
                   "__len", "__concat", "__eq", "__lt", "__le"} do
  mt[e] = yielder(e)
end
mt.__newindex = function(t, k, v) coroutine.yield("__newindex", k, v) end
local x, y = setmetatable({}, mt), setmetatable({}, mt)

drive("arith", function()
  local r = {}
  r[#r + 1] = x.field
  r[#r + 1] = x[10]
  r[#r + 1] = x[{}] ~= nil
  r[#r + 1] = x + 1
  r[#r + 1] = 2 - x
  r[#r + 1] = x * y
  r[#r + 1] = x / 2
  r[#r + 1] = x % 3
  r[#r + 1] = x ^ 2
  r[#r + 1] = -x
  r[#r + 1] = x // 1
  r[#r + 1] = x & 1
  r[#r + 1] = x | y
  r[#r + 1] = 1 ~ x
  r[#r + 1] = x << 2
  r[#r + 1] = x >> 2
  r[#r + 1] = ~x
  r[#r + 1] = #x
  x.k = "v"
  x[1] = 2
  local n = ""
  for i = 1, 3 do n = n .. (x + i) end
  r[#r + 1] = n
  return table.concat(r, ",")
end, function(tag) return tag:sub(3) end)

drive("compare", function()
  local r = {}
  r[#r + 1] = tostring(x == y)
  r[#r + 1] = tostring(x ~= y)
  r[#r + 1] = tostring(x < y)
  r[#r + 1] = tostring(x <= y)
  r[#r + 1] = tostring(x > y)
  r[#r + 1] = tostring(x >= y)
  if x < y then r[#r + 1] = "then" else r[#r + 1] = "else" end
  while x == y do r[#r + 1] = "loop"; break end
  return table.concat(r, ",")
end, function(tag) return tag == "__lt" end)

-- __le derived from __lt (not (b < a)) survives a yield too.
local onlylt = {__lt = function(a, b) return coroutine.yield("lt-only") end}
local p, q = setmetatable({}, onlylt), setmetatable({}, onlylt)
drive("le-from-lt", function() return p <= q, p >= q end, function() return false end)

drive("concat", function()
  local a = "a" .. x .. "b" .. y .. "c"
  local b = x .. 1 .. 2
  local c = 1 .. 2 .. x
  return a, b, c
end, function(tag, n) return "<" .. n .. ">" end)

drive("self", function()
  local obj = setmetatable({}, {__index = function(t, k)
    local v = coroutine.yield("method", k)
    return function(self, a) return v .. a end
  end})
  return obj:greet("!")
end, function(_, k) return "hello " .. k end)

drive("chain", function()
  -- a metamethod that itself meets a yielding metamethod
  local inner = setmetatable({}, {__index = function(t, k) return coroutine.yield("inner", k) end})
  local outer = setmetatable({}, {__index = function(t, k) return inner[k] .. "+outer" end})
  return outer.a, outer.b
end, function(_, k) return "v" .. k end)

-- to-be-closed variables whose __close yields
local function closer(tag, log)
  return setmetatable({}, {__close = function(_, err)
    log[#log + 1] = tag .. "1"
    coroutine.yield(tag, err)
    log[#log + 1] = tag .. "2"
  end})
end

drive("close-block", function()
  local log = {}
  do
    local a <close> = closer("a", log)
    local b <close> = closer("b", log)
    log[#log + 1] = "body"
  end
  return table.concat(log, ",")
end, function() end)

drive("close-return", function()
  local log = {}
  local function f(...)
    local a <close> = closer("a", log)
    local b <close> = closer("b", log)
    return ...
  end
  local n = select("#", f(1, 2, 3, nil, 5))
  return table.concat(log, ","), n, f("x", "y")
end, function() end)

drive("close-error", function()
  local log = {}
  local ok, err = pcall(function()
    local a <close> = closer("a", log)
    local b <close> = setmetatable({}, {__close = function(_, e)
      log[#log + 1] = "b:" .. tostring(e)
      coroutine.yield("b", e)
      error("replaced", 0)
    end})
    error("first", 0)
  end)
  return table.concat(log, ","), ok, err
end, function() end)

drive("close-break", function()
  local log = {}
  local function iter(s, i)
    if i < 3 then return i + 1 end
  end
  for i in iter, nil, 0, closer("for", log) do
    log[#log + 1] = i
    if i == 2 then break end
  end
  return table.concat(log, ",")
end, function() end)

drive("pairs", function()
  local t = setmetatable({}, {__pairs = function(t)
    local step = coroutine.yield("pairs")
    return function(_, i)
      if i < 3 * step then return i + step, i * 10 end
    end, t, 0
  end})
  local r = {}
  for k, v in pairs(t) do r[#r + 1] = k .. "=" .. v end
  return table.concat(r, " ")
end, function() return 1 end)

drive("java-iterator", function()
  local r = {}
  for a, b in coroutine.yield, "iter" do
    if a == nil then break end
    r[#r + 1] = a .. b
  end
  return table.concat(r, " ")
end, (function()
  local n = 0
  return function() n = n + 1; if n <= 3 then return "k" .. n, "v" .. n end end
end)())

local name = os.tmpname()
local file = io.open(name, "w")
file:write("local a = coroutine.yield('in dofile')\nreturn a * 2, a * 3\n")
file:close()
drive("dofile", function() return dofile(name) end, function() return 7 end)
drive("wrap-dofile", function()
  local f = coroutine.wrap(dofile)
  local first = f(name)
  return first, f(5)
end, function() end)
os.remove(name)

drive("pcall-in-metamethod", function()
  local t = setmetatable({}, {__index = function(t, k)
    local ok, v = pcall(coroutine.yield, k)
    return ok and v or "failed"
  end})
  return t.a
end, function(k) return k .. "!" end)

-- an error after a resume inside a metamethod reaches the pcall below it
drive("error-after-yield", function()
  local t = setmetatable({}, {__index = function(t, k)
    coroutine.yield(k)
    error("bad " .. k, 0)
  end})
  return pcall(function() return t.a end)
end, function() end)

-- a yield in tail position, from the loop the resume entered: the values go out and the
-- resume's values come back as the function's results, after its upvalues were closed
drive("tail-yield", function()
  local function chain(depth, ...)
    if depth == 0 then return coroutine.yield("deep", ...) end
    return chain(depth - 1, ...)
  end
  local results = {}
  for n = 0, 3 do results[#results + 1] = select("#", chain(5, n, nil)) end
  local captured = 10
  local function bump() captured = captured + 1; return captured end
  local function closing()
    local own = captured
    local get = function() return own end
    return coroutine.yield("closing", get())
  end
  return table.concat(results, ","), closing(), bump(), (chain(200, "far"))
end, function(tag, ...)
  local n = ...
  if tag == "deep" and math.type(n) then return table.unpack({"r1", "r2", "r3"}, 1, n) end
  return tag, ...
end)

-- where a yield may not go
local function boundary(name, f)
  local co = coroutine.create(f)
  show(name, coroutine.resume(co))
end
boundary("sort", function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
boundary("gsub", function() return ("abc"):gsub(".", function(c) coroutine.yield(c) end) end)
boundary("tostring", function()
  return tostring(setmetatable({}, {__tostring = function() coroutine.yield() return "" end}))
end)
boundary("load-reader", function() return load(function() coroutine.yield() end) end)
boundary("isyieldable", function()
  local t = setmetatable({}, {__index = function() return coroutine.isyieldable() end})
  return t.x, coroutine.isyieldable()
end)
