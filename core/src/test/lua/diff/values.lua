-- print and tostring of non-numeric values, multiple results, select, varargs.

print(nil, true, false)
print(tostring(nil), tostring(true), tostring(false), tostring("s"))
print(type(nil), type(true), type(1), type(1.5), type("s"), type({}), type(print), type(type))
print()
print("")
print("a\tb", "c\0d", "\65\66\67", "\u{48}\u{49}", "x\z
       y")
print(#"\u{10FFFF}", #"a\0b", #"")

-- multiple results
local function none() end
local function three() return 1, 2, 3 end
local function withnils() return nil, 2, nil end
print(none())
print(three())
print(three(), three())
print((three()))
print(withnils())
print(select('#', withnils()), select('#', none()), select('#', nil, nil))
print(select(2, three()))
print(select(-1, three()))
print(select(-2, three()))
print(({three()})[3])

local function vararg(...)
  local a, b = ...
  return select('#', ...), a, b, ...
end
print(vararg())
print(vararg(nil))
print(vararg(1, nil, 3))
print(pcall(vararg, "p", "q"))

-- table.pack-free packing
local function pack(...) return {n = select('#', ...), ...} end
local t = pack(1, nil, 3, nil)
print(t.n, t[1], t[2], t[3], t[4])

-- tostring of numbers in and out of tables, printing via ipairs
local list = {10, 2.5, -0.0, 2 ^ 63, "str", true, false}
for i, v in ipairs(list) do print(i, v, type(v)) end

-- __tostring and __name are used by print
local obj = setmetatable({}, {__tostring = function () return "<obj>" end})
print(obj, tostring(obj))
local named = setmetatable({}, {__tostring = function (self) return "named:" .. self.n end})
named.n = 5
print(named)
