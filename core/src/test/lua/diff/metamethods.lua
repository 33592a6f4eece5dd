-- Metamethods observed through what they print: which handler runs, with which operands.

local function show(v)
  if type(v) == "table" then return v.name or "?" end
  return tostring(v)
end

local mt = {}
local events = {"add", "sub", "mul", "div", "mod", "pow", "unm", "idiv",
                "band", "bor", "bxor", "shl", "shr", "bnot", "concat"}
for _, e in ipairs(events) do
  mt["__" .. e] = function (a, b) print(e, show(a), show(b)); return e end
end
mt.__len = function (a) print("len", show(a)); return 99 end
mt.__eq = function (a, b) print("eq", show(a), show(b)); return true end
mt.__lt = function (a, b) print("lt", show(a), show(b)); return true end
mt.__le = function (a, b) print("le", show(a), show(b)); return false end
mt.__call = function (self, ...) print("call", show(self), ...); return ... end
mt.__index = function (t, k) print("index", show(t), k); return k end
mt.__newindex = function (t, k, v) print("newindex", show(t), k, v) end
mt.__tostring = function (t) return "<" .. t.name .. ">" end

local A = setmetatable({name = "A"}, mt)
local B = setmetatable({name = "B"}, mt)
local n, s = 3, "s"

print(A + n, n - A, A * B, A / n, A % n, A ^ n, -A, A // n)
print(A & n, n | A, A ~ n, A << n, n >> A, ~A)
print(A .. s, s .. A, n .. A, A .. B, s .. s .. A)
print(#A, A == B, A ~= B, A < B, A > B, A <= B, A >= B)
print(A == A, A ~= A)                -- identical: no call
print(A(1, 2, nil))
print(A.missing, A[10])
A.newkey = "v"
A.name = "A"                         -- existing key: raw assignment
print(rawget(A, "newkey"), A)
print(tostring(A), tostring(B))

-- the second operand's handler is used when the first has none
local plain = {}
local only = setmetatable({name = "only"}, {__add = function (a, b) return "only add" end})
print(pcall(function () return plain + only end))
print(pcall(function () return 1 + only end))
print(pcall(function () return only + plain end))

-- __index and __newindex chains through tables
local root = {x = "root x"}
local mid = setmetatable({y = "mid y"}, {__index = root})
local leaf = setmetatable({}, {__index = mid, __newindex = mid})
print(leaf.x, leaf.y, leaf.z)
leaf.w = "stored in mid"
print(rawget(leaf, "w"), mid.w)

-- __eq is not called for different types or primitive values
local eqlog = setmetatable({}, {__eq = function () print("never") return true end})
print(eqlog == 1, eqlog == "x", eqlog == nil)

-- __len returning several values or a non-number
print(#setmetatable({}, {__len = function () return 1, 2 end}))
print(#setmetatable({}, {__len = function () return "long" end}))

-- __close order and arguments
do
  local function closer(name)
    return setmetatable({}, {__close = function (_, err) print("close", name, err) end})
  end
  local ok, err = pcall(function ()
    local a <close> = closer("a")
    local b <close> = closer("b")
    error("E", 0)
  end)
  print(ok, err)
  do
    local c <close> = closer("c")
    local d <close> = closer("d")
  end
end

-- __pairs
local p = setmetatable({}, {__pairs = function (t)
  local i = 0
  return function () i = i + 1; if i <= 3 then return i, i * i end end, t, nil
end})
for k, v in pairs(p) do print("pairs", k, v) end

-- __metatable
local locked = setmetatable({}, {__metatable = "locked"})
print(getmetatable(locked), pcall(setmetatable, locked, {}))
