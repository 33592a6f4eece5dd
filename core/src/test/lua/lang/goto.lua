-- goto: loops, continue, nested blocks, closures over locals of jumped-over blocks.

-- a loop made with goto
local i, s = 1, 0
::top::
s = s + i
i = i + 1
if i <= 10 then goto top end
assert(s == 55)

-- continue
s = 0
for j = 1, 10 do
  if j % 2 == 0 then goto continue end
  s = s + j
  ::continue::
end
assert(s == 25)

-- breaking out of nested loops
local found
for a = 1, 10 do
  for b = 1, 10 do
    if a * b == 42 then found = a .. "x" .. b; goto done end
  end
end
::done::
assert(found == "6x7")

-- a label at the end of a block is visible from nested blocks
do
  local n = 0
  do
    n = n + 1
    if n < 3 then goto fin end
    n = 100
  end
  ::fin::
  assert(n == 1)
end

-- backward goto out of a block with a captured local: each pass has a fresh local
local fs = {}
do
  local k = 1
  ::again::
  do
    local captured = k
    fs[k] = function () return captured end
    k = k + 1
    if k <= 3 then goto again end
  end
end
assert(fs[1]() == 1 and fs[2]() == 2 and fs[3]() == 3)

-- closures around a backward goto: a local declared after the label is fresh at each
-- pass, while one declared before it is shared
local function passes()
  local get, set = {}, {}
  local shared = 0
  do
    local i = 1
    ::again::
    local fresh = i
    get[i] = function () return fresh, shared end
    set[i] = function (v) fresh = v; shared = shared + 1 end
    if i < 3 then i = i + 1; goto again end
  end
  return get, set
end
local get, set = passes()
set[1](10)
local f1, s1 = get[1]()
local f2, s2 = get[2]()
assert(f1 == 10 and f2 == 2 and s1 == 1 and s2 == 1)
set[3](30)
assert(get[3]() == 30 and get[2]() == 2 and select(2, get[1]()) == 2)

-- goto in a repeat body jumping to a label before the until-scope locals
local n = 0
repeat
  n = n + 1
  if n < 5 then goto cont end
  ::cont::
until n >= 5
assert(n == 5)

-- compile-time errors
local function compileerror(src)
  local f, msg = load(src, "=x")
  assert(f == nil)
  return msg
end
assert(compileerror("goto nowhere") == "x:1: no visible label 'nowhere' for <goto> at line 1")
assert(compileerror("do ::l:: end goto l") == "x:1: no visible label 'l' for <goto> at line 1")
assert(compileerror("::a:: ::a::") == "x:1: label 'a' already defined on line 1")
assert(compileerror("goto f; local x; ::f:: print(x)") ==
       "x:1: <goto f> at line 1 jumps into the scope of local 'x'")
-- a label at the end of the block may follow a local declaration
assert(load("do goto f; local x; ::f:: end"))
