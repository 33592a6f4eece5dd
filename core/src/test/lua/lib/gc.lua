-- The garbage collector: reachability through every kind of reference, weak tables,
-- ephemerons, finalizers (order, resurrection, once only, errors), collectgarbage's options.
-- Every expectation also holds under the reference lua5.4.

local function full() collectgarbage(); collectgarbage() end

-- collectgarbage options
assert(collectgarbage("isrunning") == true)
assert(collectgarbage("stop") == 0)
assert(collectgarbage("isrunning") == false)
assert(collectgarbage("restart") == 0)
assert(collectgarbage("isrunning") == true)
assert(type(collectgarbage("count")) == "number")
assert(collectgarbage("collect") == 0)
assert(collectgarbage() == 0)
collectgarbage("incremental") -- the command line starts in generational mode, as lua.c does
assert(collectgarbage("incremental") == "incremental")
assert(collectgarbage("generational") == "incremental")
assert(collectgarbage("incremental") == "generational")
assert(not pcall(collectgarbage, "nosuchoption"))
do -- a step eventually ends a cycle
  local ended = false
  for i = 1, 100000 do if collectgarbage("step", 0) then ended = true; break end end
  assert(ended)
  assert(collectgarbage("step", 100000) == true)
end

-- weak values, weak keys, both
do
  local wv = setmetatable({}, {__mode = "v"})
  local wk = setmetatable({}, {__mode = "k"})
  local wkv = setmetatable({}, {__mode = "kv"})
  local keep = {}
  wv[1] = {}; wv[2] = keep; wv.s = "a string stays"; wv[3] = 42
  wk[{}] = 1; wk[keep] = 2; wk["str"] = {}
  wkv[{}] = keep; wkv[keep] = {}; wkv[keep] = keep
  full()
  assert(wv[1] == nil and wv[2] == keep and wv.s == "a string stays" and wv[3] == 42)
  local n = 0
  for k, v in pairs(wk) do n = n + 1; assert(k == keep or k == "str") end
  assert(n == 2)
  n = 0
  for k, v in pairs(wkv) do n = n + 1; assert(k == keep and v == keep) end
  assert(n == 1)
end

-- ephemerons: a value that refers to its own key does not keep the entry
do
  local eph = setmetatable({}, {__mode = "k"})
  for i = 1, 10 do local k = {}; eph[k] = {k, i} end
  local keep = {}
  eph[keep] = {keep}
  -- a chain: each value holds the next key; only the first key is reachable
  local first = {}
  local k = first
  for i = 1, 5 do local nxt = {}; eph[k] = nxt; k = nxt end
  full()
  local n = 0
  for _ in pairs(eph) do n = n + 1 end
  assert(n == 6, n) -- keep, and the five links of the chain
  first = nil
  full()
  n = 0
  for _ in pairs(eph) do n = n + 1 end
  assert(n == 1, n)
end

-- reachable only from an upvalue, from a suspended coroutine, from a finalizer
do
  local function make() local t = {v = "up"}; return function() return t.v end end
  local f = make()
  local co = coroutine.wrap(function() local t = {v = "co"}; coroutine.yield(); return t.v end)
  co()
  local fromFinalizer = {}
  do
    local held = {v = "fin"}
    setmetatable({}, {__gc = function() fromFinalizer.v = held.v end})
  end
  for i = 1, 3 do full(); local junk = {} for j = 1, 1000 do junk[j] = {j} end end
  assert(f() == "up")
  assert(co() == "co")
  assert(fromFinalizer.v == "fin")
end

-- finalizers: reverse order of marking, once only, resurrection
do
  local order = {}
  collectgarbage("stop") -- all five die in the same cycle
  for i = 1, 5 do setmetatable({}, {__gc = function() order[#order + 1] = i end}) end
  collectgarbage("restart")
  full()
  assert(table.concat(order, ",") == "5,4,3,2,1", table.concat(order, ","))

  local count = 0
  local resurrected
  setmetatable({}, {__gc = function(o) count = count + 1; resurrected = o end})
  full()
  assert(count == 1 and resurrected ~= nil)
  resurrected = nil
  full()
  assert(count == 1) -- not finalized again

  -- a finalizer set again during finalization runs again
  local again = 0
  local mt = {}
  mt.__gc = function(o) again = again + 1; if again < 3 then setmetatable(o, mt) end end
  setmetatable({}, mt)
  for i = 1, 4 do full() end
  assert(again == 3, again)

  -- __gc added after setmetatable does not mark the object
  local late = 0
  local mt2 = {}
  setmetatable({}, mt2)
  mt2.__gc = function() late = late + 1 end
  full()
  assert(late == 0)
end

-- an error in a finalizer is not raised where the collector runs
do
  setmetatable({}, {__gc = function() error("in finalizer") end})
  local ok = pcall(full)
  assert(ok)
end

-- weak values are cleared before resurrection, weak keys after it
do
  local wv = setmetatable({}, {__mode = "v"})
  local wk = setmetatable({}, {__mode = "k"})
  local seen
  do
    local o = setmetatable({}, {__gc = function(o) seen = o end})
    wv[1] = o
    wk[o] = "value"
  end
  full()
  assert(seen ~= nil)
  assert(wv[1] == nil)       -- cleared before the finalizer resurrected it
  assert(wk[seen] == "value") -- kept while it is being finalized
end

-- an allocation-heavy loop stays in bounded memory
do
  full()
  local before = collectgarbage("count")
  local peak = before
  for i = 1, 300000 do
    local t = {i, tostring(i), {x = i}}
    if i % 10000 == 0 then peak = math.max(peak, collectgarbage("count")) end
  end
  assert(peak < before + 16 * 1024, peak - before) -- KB
end

-- dead keys: a key assigned nil keeps working during and after a collection
do
  local t = {}
  for i = 1, 100 do t["key" .. i] = {} end
  for k in pairs(t) do t[k] = nil; collectgarbage("step", 0) end
  assert(next(t) == nil)
  for i = 1, 100 do t["key" .. i] = i end
  full()
  for i = 1, 100 do assert(t["key" .. i] == i) end
end


-- a loop that only allocates, with a dead argument of an earlier call left in a register above
-- its locals: the garbage that argument was must still be collected (its finalizer ends the loop)
do
  local done = false
  setmetatable({}, {__gc = function () done = true end})
  repeat local a = {} until done
  assert(done)
end
