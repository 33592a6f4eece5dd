-- Closing coroutines: coroutine.wrap closes a coroutine that died by an error (the closer's
-- error replaces it), but not one whose resume was refused; a chain of closes, each closing
-- the previous coroutine from a __close, ends in "C stack overflow" (5.4.8).
local function closer(f) return setmetatable({}, {__close = f}) end

do -- a wrapped coroutine resuming itself is refused; its variables close when it returns
  local closed = false
  local A
  A = coroutine.wrap(function()
    local _ <close> = closer(function () closed = true end)
    return pcall(A, 1)
  end)
  local ok, msg = A()
  assert(not ok and msg == "cannot resume non-suspended coroutine" and closed)
end

do -- the closer's error replaces the coroutine's; a position is added to string errors
  local co = coroutine.wrap(function()
    local x <close> = closer(function() error("closing", 0) end)
    error("original", 0)
  end)
  local ok, msg = pcall(co)
  assert(not ok and msg == "closing")
  co = coroutine.wrap(function()
    local x <close> = closer(function() end)
    error("original", 0)
  end)
  local function call() return co() end
  ok, msg = pcall(call)
  assert(not ok and string.find(msg, "^lang%-string/coroutine%-close%.lua:%d+: original$"), msg)
  ok, msg = pcall(co)
  assert(not ok and msg == "cannot resume dead coroutine")
end

do -- a chain of closes
  local count = 0
  local coro = false
  for i = 1, 1000 do
    local previous = coro
    coro = coroutine.create(function()
      local cc <close> = closer(function()
        count = count + 1
        if previous then assert(coroutine.close(previous)) end
      end)
      coroutine.yield()
    end)
    assert(coroutine.resume(coro))
  end
  local ok, msg = coroutine.close(coro)
  assert(not ok and string.find(msg, "C stack overflow$"))
  assert(count > 100 and count < 1000)
end
