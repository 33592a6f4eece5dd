-- Tests of the table library. Prints nothing on success; also passes under the reference
-- interpreter (lua5.4). Checks of Lua 5.4.8 behaviour that older 5.4 releases lack run when
-- the global LUA_548 is set (the Panlua test runner sets it).

local maxI, minI = math.maxinteger, math.mininteger
local unpack = table.unpack

-- the error message of f(...), which must fail
local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "call should have failed")
  return msg
end

-- a, b have the same pairs
local function same(a, b)
  for k, v in pairs(a) do assert(b[k] == v, k) end
  for k, v in pairs(b) do assert(a[k] == v, k) end
  return true
end

local function list(...) return {n = select('#', ...), ...} end

-- ---- insert ---------------------------------------------------------------------------
do
  local t = {}
  table.insert(t, "a")
  table.insert(t, "c")
  table.insert(t, 2, "b")
  table.insert(t, 1, "z")
  table.insert(t, 5, "end")
  assert(same(t, {"z", "a", "b", "c", "end"}))
  assert(err(table.insert, {}, 2, 3, 4) == "wrong number of arguments to 'insert'")
  assert(err(table.insert, {}) == "wrong number of arguments to 'insert'")
  assert(err(table.insert, {1, 2}, 4, 0) == "bad argument #2 to 'table.insert' (position out of bounds)")
  assert(err(table.insert, {1, 2}, 0, 0) == "bad argument #2 to 'table.insert' (position out of bounds)")
  assert(err(table.insert, {1, 2}, -1, 0) == "bad argument #2 to 'table.insert' (position out of bounds)")
  assert(err(table.insert, {}, 1.5, 0) == "bad argument #2 to 'table.insert' (number has no integer representation)")
  assert(err(table.insert, nil, 1) == "bad argument #1 to 'table.insert' (table expected, got nil)")
  assert(err(table.insert, 42, 1) == "bad argument #1 to 'table.insert' (table expected, got number)")
  t = {1, 2}
  table.insert(t, 3, nil)  -- a nil at the end is allowed
  assert(#t == 2)
  table.insert(t, "2", "x")  -- numeric string position
  assert(same(t, {1, "x", 2}))
  -- called from Lua code: the short name and the position of the call
  local ok, msg = pcall(load("table.insert({}, 5, 1)", "=chunk"))
  assert(not ok and msg == "chunk:1: bad argument #2 to 'insert' (position out of bounds)")
  ok, msg = pcall(load("local t = {}\ntable.insert(t, 1, 2, 3)", "=chunk"))
  assert(not ok and msg == "chunk:2: wrong number of arguments to 'insert'")
end

-- ---- remove ---------------------------------------------------------------------------
do
  local t = {10, 20, 30, 40}
  assert(table.remove(t) == 40 and #t == 3)
  assert(table.remove(t, 1) == 10)
  assert(same(t, {20, 30}))
  assert(table.remove(t, 3) == nil)  -- size + 1 is allowed
  assert(table.remove({}) == nil)
  local a = {[0] = "zero"}
  assert(table.remove(a) == "zero" and a[0] == nil)  -- #a == 0: removes a[0]
  a = {[0] = "zero"}
  assert(table.remove(a, 0) == "zero" and a[0] == nil)
  assert(select('#', table.remove({})) == 1)
  if LUA_548 then
    assert(err(table.remove, {1}, 3) == "bad argument #2 to 'table.remove' (position out of bounds)")
    assert(err(table.remove, {}, -1) == "bad argument #2 to 'table.remove' (position out of bounds)")
  else
    assert(not pcall(table.remove, {1}, 3))
  end
  assert(err(table.remove, {}, "x") == "bad argument #2 to 'table.remove' (number expected, got string)")
end

-- ---- concat ---------------------------------------------------------------------------
do
  assert(table.concat{} == "")
  assert(table.concat({"a", "b", "c"}) == "abc")
  assert(table.concat({"a", "b", "c"}, ", ") == "a, b, c")
  assert(table.concat({1, 2.5, "x", 3.0, maxI}, "-") == "1-2.5-x-3.0-" .. tostring(maxI))
  assert(table.concat({"a", "b", "c", "d"}, "", 2, 3) == "bc")
  assert(table.concat({"a", "b"}, "", 3, 2) == "")
  assert(table.concat({"a", "b"}, 0) == "a0b")  -- a number separator
  assert(table.concat({[maxI] = "x"}, "", maxI, maxI) == "x")
  assert(table.concat({[minI] = "x", [minI + 1] = "y"}, "", minI, minI + 1) == "xy")
  assert(err(table.concat, {1, {}}) == "invalid value (table) at index 2 in table for 'concat'")
  assert(err(table.concat, {1, 2}, "", 1, 3) == "invalid value (nil) at index 3 in table for 'concat'")
  assert(err(table.concat, {true}) == "invalid value (boolean) at index 1 in table for 'concat'")
  assert(err(table.concat, {}, {}) == "bad argument #2 to 'table.concat' (string expected, got table)")
  local t = setmetatable({}, {__index = function (_, k) return "<" .. k .. ">" end,
                              __len = function () return 3 end})
  assert(table.concat(t, ",") == "<1>,<2>,<3>")
end

-- ---- pack and unpack ------------------------------------------------------------------
do
  local t = table.pack()
  assert(t.n == 0 and next(t, "n") == nil and t[1] == nil)
  t = table.pack(nil, 2, nil)
  assert(t.n == 3 and t[1] == nil and t[2] == 2 and t[3] == nil)
  t = table.pack(table)
  assert(t[1] == table and t.n == 1)
  assert(math.type(table.pack(1, 2).n) == "integer")

  assert(select('#', unpack({})) == 0)
  local a, b, c = unpack({1, 2, 3})
  assert(a == 1 and b == 2 and c == 3)
  a, b = unpack({1, 2, 3}, 2)
  assert(a == 2 and b == 3)
  assert(select('#', unpack({1, 2, 3}, 2, 5)) == 4)
  assert(select('#', unpack({}, 10, 6)) == 0)
  a, b = unpack({[maxI - 1] = 12, [maxI] = 23}, maxI - 1, maxI)
  assert(a == 12 and b == 23)
  a, b = unpack({[minI] = 1, [minI + 1] = 2}, minI, minI + 1)
  assert(a == 1 and b == 2)
  assert(select('#', unpack({}, maxI, minI)) == 0)
  local big = {}
  for i = 1, 5000 do big[i] = i end
  assert(select('#', unpack(big)) == 5000 and select(5000, unpack(big)) == 5000)
  assert(err(unpack, {}, 1, maxI) == "too many results to unpack")
  assert(err(unpack, {}, minI, maxI) == "too many results to unpack")
  assert(err(unpack, {}, 0, (1 << 31) - 1) == "too many results to unpack")
  assert(err(unpack, {}, 1.5) == "bad argument #2 to 'table.unpack' (number has no integer representation)")
  -- unpack uses __index and __len but does not require a table
  t = setmetatable({}, {__index = function (_, k) return k * 10 end, __len = function () return 3 end})
  a, b, c = unpack(t)
  assert(a == 10 and b == 20 and c == 30)
end

-- ---- move -----------------------------------------------------------------------------
do
  assert(same(table.move({10, 20, 30}, 1, 3, 2), {10, 10, 20, 30}))
  assert(same(table.move({10, 20, 30}, 1, 3, 3), {10, 20, 10, 20, 30}))
  assert(same(table.move({10, 20, 30}, 2, 3, 1), {20, 30, 30}))
  local dst = {}
  assert(table.move({10, 20, 30}, 1, 3, 1, dst) == dst and same(dst, {10, 20, 30}))
  dst = {}
  assert(table.move({10, 20, 30}, 1, 0, 3, dst) == dst and next(dst) == nil)
  assert(same(table.move({[maxI] = 100}, maxI, maxI, minI), {[minI] = 100, [maxI] = 100}))
  assert(same(table.move({45}, 1, 1, maxI), {45, [maxI] = 45}))
  assert(err(table.move, {}, 0, maxI, 1) == "bad argument #3 to 'table.move' (too many elements to move)")
  assert(err(table.move, {}, minI, -1, 1) == "bad argument #3 to 'table.move' (too many elements to move)")
  assert(err(table.move, {}, 1, maxI, 2) == "bad argument #4 to 'table.move' (destination wrap around)")
  assert(err(table.move, {}, 1, 2, maxI) == "bad argument #4 to 'table.move' (destination wrap around)")
  assert(err(table.move, 1, 2, 3, 4) == "bad argument #1 to 'table.move' (table expected, got number)")
  assert(err(table.move, {}, 1, 2, 3, 4) == "bad argument #5 to 'table.move' (table expected, got number)")
  -- metamethods in both tables, in order
  local log = {}
  local src = setmetatable({}, {__index = function (_, k) log[#log + 1] = "r" .. k; return k * 10 end})
  local d = setmetatable({}, {__newindex = function (_, k, v) log[#log + 1] = "w" .. k .. "=" .. v end})
  table.move(src, 1, 3, 5, d)
  assert(table.concat(log, " ") == "r1 w5=10 r2 w6=20 r3 w7=30")
  -- __newindex tables receive the writes
  local target = {}
  local redirect = setmetatable({}, {__newindex = target})
  assert(table.move({1, 2}, 1, 2, 1, redirect) == redirect)
  assert(next(redirect) == nil and same(target, {1, 2}))
  -- strings are not tables (their metatable has no __len nor __newindex)
  assert(err(table.concat, "abc") == "bad argument #1 to 'table.concat' (table expected, got string)")
  assert(err(table.insert, "abc", 1) == "bad argument #1 to 'table.insert' (table expected, got string)")
end

-- ---- metamethods: __index, __newindex, __len ------------------------------------------
do
  local store = {}
  local proxy = setmetatable({}, {
    __index = function (_, k) return store[k] end,
    __newindex = function (_, k, v) store[k] = v end,
    __len = function () return #store end,
  })
  table.insert(proxy, "a")
  table.insert(proxy, "b")
  table.insert(proxy, 1, "c")
  assert(same(store, {"c", "a", "b"}) and next(proxy) == nil)
  assert(table.remove(proxy, 1) == "c" and same(store, {"a", "b"}))
  table.sort(proxy, function (x, y) return x > y end)
  assert(same(store, {"b", "a"}))
  assert(table.concat(proxy, "+") == "b+a")
  assert(err(table.insert, setmetatable({}, {__len = function () return 1.5 end}), 1)
         == "object length is not an integer")
  local t = setmetatable({}, {__len = function () return "2" end})  -- converted
  assert(select('#', unpack(t)) == 2)
  t = setmetatable({}, {__len = function () return 2.0 end})
  table.insert(t, "x")
  assert(rawget(t, 3) == "x")
end

-- ---- sort -----------------------------------------------------------------------------
local function sorted(t, lt)
  lt = lt or function (a, b) return a < b end
  for i = 2, #t do assert(not lt(t[i], t[i - 1]), i) end
  return true
end

do
  local months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
  table.sort(months)
  assert(table.concat(months, " ") == "Apr Aug Dec Feb Jan Jul Jun Mar May Nov Oct Sep")
  local t = {5, 3.5, -1, maxI, minI, 0, 2^60, -0.5}
  table.sort(t)
  assert(t[1] == minI and t[2] == -1 and t[3] == -0.5 and t[4] == 0 and t[5] == 3.5
         and t[6] == 5 and t[7] == 2^60 and t[8] == maxI)
  table.sort(t, function (a, b) return a > b end)
  assert(t[1] == maxI and t[8] == minI)
  table.sort({})
  table.sort({1})
  -- every permutation of small arrays
  local function perm(s, n)
    n = n or #s
    if n <= 1 then
      local c = {unpack(s)}
      table.sort(c)
      assert(sorted(c))
    else
      for i = 1, n do
        s[i], s[n] = s[n], s[i]
        perm(s, n - 1)
        s[i], s[n] = s[n], s[i]
      end
    end
  end
  perm{1, 2, 3, 4, 5, 6}
  perm{2, 2, 3, 3, 5, 6}
  perm{1, 1, 1, 2}
  -- larger arrays: random, sorted, reversed, constant, many duplicates
  math.randomseed(42)
  for _, n in ipairs{7, 100, 101, 1000, 5000} do
    local a = {}
    for i = 1, n do a[i] = math.random(1000) end
    table.sort(a); assert(sorted(a))
    table.sort(a); assert(sorted(a))
    table.sort(a, function (x, y) return x > y end)
    assert(sorted(a, function (x, y) return x > y end))
    for i = 1, n do a[i] = i % 3 end
    table.sort(a); assert(sorted(a))
    for i = 1, n do a[i] = 7 end
    table.sort(a, function () return false end)
    for i = 1, n do assert(a[i] == 7) end
  end
  -- an array that makes plain median-of-three quicksort quadratic still sorts
  local a = {}
  for i = 1, 3000 do a[i] = (i % 2 == 0) and i or 3000 - i end
  table.sort(a); assert(sorted(a))
  -- __lt
  local mt = {__lt = function (x, y) return x.v < y.v end}
  a = {}
  for i = 1, 50 do a[i] = setmetatable({v = (i * 37) % 50}, mt) end
  table.sort(a)
  for i = 1, 50 do assert(a[i].v == i - 1) end
  -- the comparator's results count by truthiness
  a = {3, 1, 2}
  table.sort(a, function (x, y) if x < y then return 0 else return nil end end)
  assert(a[1] == 1 and a[2] == 2 and a[3] == 3)
end

do  -- errors
  local function always() return true end
  assert(err(table.sort, {1, 2, 3, 4}, always) == "invalid order function for sorting")
  assert(err(table.sort, {1, 2, 3, 4, 5}, always) == "invalid order function for sorting")
  local t = {}
  for i = 1, 500 do t[i] = i end
  assert(err(table.sort, t, always) == "invalid order function for sorting")
  -- an inconsistent order may not loop nor lose elements
  math.randomseed(7)
  for _ = 1, 20 do
    local a, count = {}, {}
    for i = 1, 200 do a[i] = math.random(20); count[a[i]] = (count[a[i]] or 0) + 1 end
    pcall(table.sort, a, function () return math.random() < 0.5 end)
    for i = 1, 200 do count[a[i]] = count[a[i]] - 1 end
    for _, c in pairs(count) do assert(c == 0) end
  end
  assert(err(table.sort, {1, "x", 3}) == "attempt to compare string with number")
  assert(err(table.sort, {{}, {}}) == "attempt to compare two table values")
  assert(err(table.sort, {1, 2}, 3) == "bad argument #2 to 'table.sort' (function expected, got number)")
  assert(err(table.sort, 1) == "bad argument #1 to 'table.sort' (table expected, got number)")
  local huge = setmetatable({}, {__len = function () return maxI end})
  assert(err(table.sort, huge) == "bad argument #1 to 'table.sort' (array too big)")
  table.sort(setmetatable({}, {__len = function () return -1 end}), error)  -- nothing to compare
  table.sort({1}, 3)  -- one element: the order is not even checked
  local ok, msg = pcall(table.sort, {1, 2, 3}, function (a, b) error("boom", 0) end)
  assert(not ok and msg == "boom")
  ok, msg = pcall(load("table.sort({1, 2, 3, 4}, function () return true end)", "=chunk"))
  assert(not ok and msg == "chunk:1: invalid order function for sorting")
end

do  -- comparisons with side effects on the array still keep its elements
  local a = {}
  for i = 1, 100 do a[i] = 101 - i end
  table.sort(a, function (x, y)
    a[math.random(100)] = a[math.random(100)]  -- duplicates elements: allowed, just unsorted
    return x < y
  end)
  for i = 1, 100 do assert(math.type(a[i]) == "integer") end
end
