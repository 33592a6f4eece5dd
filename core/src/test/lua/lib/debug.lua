-- Tests of the debug library. Prints nothing on success; also passes under the reference
-- interpreter (lua5.4).

-- The message of a failing call, the library prefix of the function's name dropped (the
-- name comes from the call site or from the loaded libraries).
local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "call should have failed")
  return (msg:gsub("'debug%.", "'"))
end

local function pack(...) return {n = select("#", ...), ...} end

-- ---- getinfo --------------------------------------------------------------------------
do
  local function f(a, b, ...) local i = debug.getinfo(1, "Slnutr"); return i end
  local i = f()
  assert(i.what == "Lua" and i.source:find("debug%.lua$") and i.short_src:find("debug%.lua$"))
  local here = debug.getinfo(1, "l").currentline
  assert(i.linedefined == here - 3 and i.lastlinedefined == here - 3 and i.currentline == here - 3)
  assert(i.name == "f" and i.namewhat == "local")
  assert(i.nparams == 2 and i.isvararg == true and i.nups == 1)
  assert(i.istailcall == false and i.ftransfer == 0 and i.ntransfer == 0)

  i = debug.getinfo(print)
  assert(i.what == "C" and i.short_src == "[C]" and i.source == "=[C]" and i.currentline == -1)
  assert(i.linedefined == -1 and i.nparams == 0 and i.isvararg == true and i.func == print)
  assert(debug.getinfo(print, "L").activelines == nil)

  local function g() return debug.getinfo(1, "t").istailcall end
  local function h() return g() end
  assert(h() == true)

  local function lines(x)
    local y = x

    return y
  end
  local active = debug.getinfo(lines, "L").activelines
  local d = debug.getinfo(lines, "S").linedefined
  assert(active[d + 1] and active[d + 3] and active[d + 4] and not active[d + 2] and not active[d])

  assert(debug.getinfo(1000) == nil and debug.getinfo(-1) == nil)
  assert(err(debug.getinfo, 1, "X"):find("bad argument #2 to 'getinfo' %(invalid option%)"))
  assert(err(debug.getinfo, 1, ">S"):find("invalid option"))
  assert(err(debug.getinfo, {}):find("bad argument #1 to 'getinfo' %(number expected, got table%)"))

  local co = coroutine.create(function (x) coroutine.yield(debug.getinfo(1, "l").currentline) end)
  local _, line = coroutine.resume(co, 1)
  assert(debug.getinfo(co, 1, "l").currentline == line)
  assert(debug.getinfo(co, 0, "S").what == "C")   -- the yield
  assert(debug.getinfo(co, 2) == nil)
end

-- ---- getlocal / setlocal ---------------------------------------------------------------
do
  local function f(a, b, ...)
    local c = a + b
    local n1, v1 = debug.getlocal(1, 1)
    local n3, v3 = debug.getlocal(1, 3)
    assert(n1 == "a" and v1 == 1 and n3 == "c" and v3 == 3)
    -- varargs by negative index
    local nv = select("#", ...)
    for i = 1, nv do
      local n, v = debug.getlocal(1, -i)
      assert(n == "(vararg)" and v == select(i, ...))
    end
    assert(debug.getlocal(1, -(nv + 1)) == nil)
    if nv > 0 then
      assert(debug.setlocal(1, -1, "new") == "(vararg)")
      assert((...) == "new")
    end
    assert(debug.setlocal(1, 2, 20) == "b" and b == 20)
    return nv
  end
  assert(f(1, 2) == 0 and f(1, 2, "x", "y") == 2)

  -- no varargs outside vararg functions
  local function g(x) return debug.getlocal(1, -1) end
  assert(g(1) == nil)

  -- temporaries: registers above the named locals
  local function probe() local n, v = debug.getlocal(2, 2); return {n, v} end
  local function temp()
    local a = 10
    local t = {20, probe()}   -- the table and 20 are temporaries during the call
    return t[2]
  end
  local r = temp()
  assert(r[1] == "(temporary)" and type(r[2]) == "table")

  -- C temporaries: the arguments of a Java (C) function at level 0
  local n0, v0 = debug.getlocal(0, 1)
  assert(n0 == "(C temporary)" and v0 == 0)
  assert(debug.getlocal(0, 3) == nil and debug.getlocal(0, 0) == nil)

  -- parameters of a function value
  local function params(p, q, ...) local r end
  assert(debug.getlocal(params, 1) == "p" and debug.getlocal(params, 2) == "q")
  assert(debug.getlocal(params, 3) == nil and debug.getlocal(print, 1) == nil)

  -- locals of a suspended coroutine
  local co = coroutine.create(function (x, ...)
    local y = x * 2
    coroutine.yield()
    return y
  end)
  coroutine.resume(co, 5, "va")
  local cn, cv = debug.getlocal(co, 1, 2)
  assert(cn == "y" and cv == 10)
  assert(select(2, debug.getlocal(co, 1, -1)) == "va")
  assert(debug.setlocal(co, 1, 2, 7) == "y")
  assert(select(2, coroutine.resume(co)) == 7)

  assert(err(debug.getlocal, 100, 1):find("bad argument #1 to 'getlocal' %(level out of range%)"))
  assert(err(debug.setlocal, -1, 1, 1):find("level out of range"))
  assert(err(debug.setlocal, 1, 1):find("bad argument #3 to 'setlocal' %(value expected%)"))
  assert(err(debug.getlocal, co, 5, 1):find("bad argument #2 to 'getlocal' %(level out of range%)"))
end

-- ---- upvalues --------------------------------------------------------------------------
do
  local a, b = 1, 2
  local function f() return a + b end
  local function g() return b end
  assert(debug.getupvalue(f, 1) == "a" and select(2, debug.getupvalue(f, 2)) == 2)
  assert(debug.getupvalue(f, 3) == nil and debug.getupvalue(f, 0) == nil)
  assert(debug.setupvalue(f, 1, 10) == "a" and a == 10)
  assert(debug.setupvalue(f, 5, 1) == nil)
  assert(err(debug.setupvalue, f, 1):find("bad argument #3 to 'setupvalue' %(value expected%)"))

  assert(debug.upvalueid(f, 2) == debug.upvalueid(g, 1))
  assert(debug.upvalueid(f, 1) ~= debug.upvalueid(f, 2))
  assert(type(debug.upvalueid(f, 1)) == "userdata")
  assert(debug.upvalueid(f, 3) == nil and debug.upvalueid(print, 1) == nil)
  assert(type(debug.upvalueid(string.gmatch("x", "x"), 1)) == "userdata")
  assert(err(debug.upvalueid, 1, 1):find("bad argument #1 to 'upvalueid' %(function expected"))

  -- join: f's first upvalue becomes g's
  debug.upvaluejoin(f, 1, g, 1)
  assert(f() == 4 and debug.upvalueid(f, 1) == debug.upvalueid(g, 1))
  b = 5
  assert(f() == 10)
  assert(err(debug.upvaluejoin, f, 3, g, 1):find("bad argument #2 to 'upvaluejoin' %(invalid upvalue index%)"))
  assert(err(debug.upvaluejoin, f, 1, g, 2):find("bad argument #4 to 'upvaluejoin' %(invalid upvalue index%)"))
  assert(err(debug.upvaluejoin, string.gmatch("x", "x"), 1, g, 1):find("bad argument #1 to 'upvaluejoin' %(Lua function expected%)"))
  assert(err(debug.upvaluejoin, f, 1, string.gmatch("x", "x"), 1):find("bad argument #3 to 'upvaluejoin' %(Lua function expected%)"))
end

-- ---- user values (io handles are full userdata without user values) --------------------
do
  local r = pack(debug.getuservalue(io.stdout))
  assert(r.n == 1 and r[1] == nil)
  r = pack(debug.getuservalue(io.stdout, 2))
  assert(r.n == 1 and r[1] == nil)
  r = pack(debug.getuservalue({}, 1))
  assert(r.n == 1 and r[1] == nil)
  assert(debug.setuservalue(io.stdout, 10) == nil)
  assert(debug.setuservalue(io.stdout, 10, 0) == nil)
  assert(err(debug.setuservalue, {}, 1):find("bad argument #1 to 'setuservalue' %(userdata expected, got table%)"))
  assert(err(debug.setuservalue, io.stdout):find("bad argument #2 to 'setuservalue' %(value expected%)"))
  assert(err(debug.getuservalue, 1, "x"):find("bad argument #2 to 'getuservalue' %(number expected, got string%)"))
end

-- ---- traceback -------------------------------------------------------------------------
do
  local t = {}
  assert(debug.traceback(t) == t and debug.traceback(t, 1) == t and debug.traceback(print) == print)
  assert(debug.traceback("msg"):find("^msg\nstack traceback:\n"))
  assert(debug.traceback():find("^stack traceback:\n"))
  assert(debug.traceback(nil, 1):find("^stack traceback:\n"))
  assert(debug.traceback(12):find("^12\nstack traceback:\n"))
  assert(not debug.traceback("m"):find("'debug.traceback'"))
  assert(debug.traceback("m", 0):find("\n%s*%[C%]: in function 'debug.traceback'"))
  assert(select(2, debug.traceback("m", 50):gsub("\n", "\n")) == 1)
  assert(err(debug.traceback, "m", "x"):find("bad argument #2 to 'traceback' %(number expected, got string%)"))

  -- a suspended coroutine: from its top (the yield) by default
  local co = coroutine.create(function () local x = 1; coroutine.yield() end)
  coroutine.resume(co)
  local tb = debug.traceback(co)
  assert(tb:find("^stack traceback:\n\t%[C%]: in function 'coroutine.yield'\n"))
  assert(tb:find("in function <") and not tb:find("%[C%]: in %?"))
  assert(select(2, tb:gsub("\n", "\n")) == 2)
  assert(debug.traceback(co, "hi", 1):find("^hi\nstack traceback:\n\t[^\n]*debug%.lua:%d+: in function <"))
  assert(debug.traceback(co, nil, 5) == "stack traceback:")
  assert(debug.traceback(coroutine.create(print)) == "stack traceback:")

  -- tail calls are shown
  local function tail() return debug.traceback() end
  local function calls() return tail() end
  assert(calls():find("%(%.%.%.tail calls%.%.%.%)"))

  -- long stacks are cut in the middle
  local function deep(n) if n == 0 then return debug.traceback("deep", 1) end return (deep(n - 1)) end
  local s = deep(40)
  assert(s:find("\n\t%.%.%.\t%(skipping %d+ levels%)"))
  assert(select(2, s:gsub("\n", "\n")) == 1 + 10 + 1 + 11)
end

-- ---- setcstacklimit (deprecated: answers the fixed limit) ------------------------------
assert(debug.setcstacklimit(100) == 200 and debug.setcstacklimit(0) == 200)
assert(err(debug.setcstacklimit):find("bad argument #1 to 'setcstacklimit' %(number expected, got no value%)"))

-- ---- sethook / gethook -----------------------------------------------------------------
do
  assert(debug.gethook() == nil)
  local function h() end
  debug.sethook(h, "lrc", 10)
  local f, mask, count = debug.gethook()
  debug.sethook()
  assert(f == h and mask == "crl" and count == 10 and debug.gethook() == nil)
  debug.sethook(h, "")                                    -- no event: no hook
  assert(debug.gethook() == nil)
  debug.sethook(h, "", 5)
  f, mask, count = debug.gethook()
  debug.sethook()
  assert(f == h and mask == "" and count == 5)

  -- the hook table in the registry: keys (threads) are weak
  local hooks = debug.getregistry()._HOOKKEY
  assert(type(hooks) == "table" and getmetatable(hooks).__mode == "k")

  -- per coroutine
  local co = coroutine.create(function () coroutine.yield() end)
  debug.sethook(co, h, "c")
  assert(debug.gethook() == nil and debug.gethook(co) == h and select(2, debug.gethook(co)) == "c")
  debug.sethook(co)
  assert(debug.gethook(co) == nil)

  assert(err(debug.sethook, h):find("bad argument #2 to 'sethook' %(string expected, got no value%)"))
  assert(err(debug.sethook, 1, "l"):find("bad argument #1 to 'sethook' %(function expected, got number%)"))
  assert(err(debug.sethook, h, "l", {}):find("bad argument #3 to 'sethook' %(number expected, got table%)"))
end

-- ---- hook events -----------------------------------------------------------------------
do
  local events = {}
  local function target(x)
    local y = x + 1
    return y
  end
  debug.sethook(function (e, l)
    local info = debug.getinfo(2, "nl")
    if info.name == "target" then events[#events + 1] = e .. ":" .. tostring(l) .. ":" .. info.currentline end
  end, "crl")
  target(1)
  debug.sethook()
  local d = debug.getinfo(target, "S").linedefined
  assert(table.concat(events, " ") == string.format("call:nil:%d line:%d:%d line:%d:%d return:nil:%d",
      d + 1, d + 1, d + 1, d + 2, d + 2, d + 2))

  -- count hooks: one event per instruction with a count of 1
  local n = 0
  debug.sethook(function (e) assert(e == "count"); n = n + 1 end, "", 1)
  for i = 1, 100 do end
  debug.sethook()
  assert(n > 100 and n < 110)

  -- return hooks see the results through getlocal
  local results
  local function three() return 1, 2, 3 end
  debug.sethook(function (e)
    local ar = debug.getinfo(2, "nr")
    if ar.name == "three" then
      results = {}
      for i = ar.ftransfer, ar.ftransfer + ar.ntransfer - 1 do
        results[#results + 1] = select(2, debug.getlocal(2, i))
      end
    end
  end, "r")
  three()
  debug.sethook()
  assert(#results == 3 and results[1] == 1 and results[3] == 3)

  -- calls of Java functions, and the hook is a "hook" for getinfo
  local called, namewhat = false, nil
  debug.sethook(function (e)
    namewhat = debug.getinfo(1, "n").namewhat
    if debug.getinfo(2, "f").func == math.abs then called = true end
  end, "c")
  math.abs(-1)
  debug.sethook()
  assert(called and namewhat == "hook")
end
