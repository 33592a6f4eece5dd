-- Tests of the package library. Prints nothing on success; also passes under the reference
-- interpreter (lua5.4). Modules are written to a directory made for the test and removed at
-- the end.

local dir = os.tmpname()
assert(os.remove(dir))
assert(os.execute("mkdir '" .. dir .. "' && mkdir '" .. dir .. "/sub'"))
local created = {}
local function write(name, text)
  local f = assert(io.open(dir .. "/" .. name, "w"))
  f:write(text)
  f:close()
  created[#created + 1] = dir .. "/" .. name
end

-- the error message of f(...), which must fail
local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "call should have failed")
  return msg
end

-- ---- the package table ---------------------------------------------------------------------
assert(package.config == "/\n;\n?\n!\n-\n")
assert(#package.searchers == 4)
for i = 1, 4 do assert(type(package.searchers[i]) == "function") end
assert(package.loaded == debug.getregistry()._LOADED and package.loaded._G == _G)
assert(package.preload == debug.getregistry()._PRELOAD)
assert(type(package.path) == "string" and type(package.cpath) == "string")
-- the default paths end with the current directory's templates
assert(package.path:find("./?.lua;./?/init.lua", 1, true) or os.getenv("LUA_PATH") or os.getenv("LUA_PATH_5_4"))

-- ---- searchpath -------------------------------------------------------------------------------
do
  local function nofile(...)
    local r, m = package.searchpath(...)
    assert(r == nil)
    return m
  end
  assert(nofile("x", "") == "no file ''")
  assert(nofile("x", ";") == "no file ''\n\tno file ''")
  assert(nofile("x", "a;;b") == "no file 'a'\n\tno file ''\n\tno file 'b'")
  assert(nofile("a.b.c", "?;?.x") == "no file 'a/b/c'\n\tno file 'a/b/c.x'")
  assert(nofile("a.b.c", "?", "") == "no file 'a.b.c'")
  assert(nofile("a.b.c", "?", ".", "") == "no file 'abc'")
  assert(nofile("a::b", "?", "::", "-") == "no file 'a-b'")
  write("mod.lua", "return {name = ..., file = select(2, ...)}")
  write("sub/init.lua", "return 'init of ' .. ...")
  assert(package.searchpath("mod", dir .. "/?.lua") == dir .. "/mod.lua")
  assert(package.searchpath("sub", dir .. "/?.lua;" .. dir .. "/?/init.lua") == dir .. "/sub/init.lua")
  assert(package.searchpath("sub", dir .. "/?") == dir .. "/sub")  -- a directory opens for reading
  assert(err(package.searchpath, "x"):find("bad argument #2 to '[%w.]*searchpath' %(string expected, got no value%)"))
end

-- ---- require ------------------------------------------------------------------------------------
do
  write("bad.lua", "return +")
  write("err.lua", "error('boom')")
  write("nil.lua", "x_set_by_nil_module = 1")
  write("false.lua", "return false")
  write("set.lua", "package.loaded[...] = 'set by module'")
  write("comment.lua", "#!/usr/bin/lua\nreturn 'commented'")
  local savedPath, savedCpath = package.path, package.cpath
  package.path = dir .. "/?.lua;" .. dir .. "/?/init.lua"
  package.cpath = dir .. "/?.so"
  local m, extra = require("mod")
  assert(m.name == "mod" and m.file == dir .. "/mod.lua" and extra == dir .. "/mod.lua")
  assert(select("#", require("mod")) == 1 and require("mod") == m)   -- loaded already
  local s, where = require("sub")
  assert(s == "init of sub" and where == dir .. "/sub/init.lua")
  local msg = err(require, "bad")
  assert(msg == "error loading module 'bad' from file '" .. dir .. "/bad.lua':\n\t" .. dir ..
                "/bad.lua:1: unexpected symbol near '+'")
  assert(err(require, "err"):find("err.lua:1: boom", 1, true))
  assert(require("nil") == true and x_set_by_nil_module == 1)
  x_set_by_nil_module = nil
  assert(require("false") == false and package.loaded["false"] == false)
  assert(require("set") == "set by module")
  assert(require("comment") == "commented")
  msg = err(require, "missing")
  assert(msg:find("module 'missing' not found:\n\tno field package.preload['missing']\n\tno file '" ..
                  dir .. "/missing.lua'\n\tno file '" .. dir .. "/missing/init.lua'\n\tno file '" ..
                  dir .. "/missing.so'", 1, true))
  msg = err(require, "a.b")
  assert(msg:find("\n\tno file '" .. dir .. "/a/b.so'\n\tno file '" .. dir .. "/a.so'", 1, true))
  -- preload gets the name and ":preload:", which require passes on
  package.preload.pre = function(...) return {...} end
  local r, d = require("pre")
  assert(r[1] == "pre" and r[2] == ":preload:" and d == ":preload:")
  package.preload.pre2 = function() end
  assert(require("pre2") == true)
  package.preload.pre, package.preload.pre2 = nil, nil
  assert(err(require):find("bad argument #1 to 'require' %(string expected, got no value%)"))
  -- checks of the package fields
  package.path = {}
  assert(err(require, "nope"):find("'package.path' must be a string", 1, true))
  package.path = 42
  assert(err(require, "nope"):find("no file '42'", 1, true))
  package.path = dir .. "/?.lua"
  -- searchers: messages (strings or numbers) are listed, other results are skipped
  package.searchers[5] = function() return nil end
  package.searchers[6] = function(n) return "custom " .. n end
  package.searchers[7] = function() return 42 end
  msg = err(require, "nope")
  assert(msg:find("\n\tno file '" .. dir .. "/nope.so'\n\tcustom nope\n\t42$"))
  package.searchers[8] = function() return function(a, b) return {a, b} end, "data" end
  local v, w = require("via8")
  assert(v[1] == "via8" and v[2] == "data" and w == "data")
  for i = 5, 8 do package.searchers[i] = nil end
  local searchers = package.searchers
  package.searchers = nil
  assert(err(require, "nope"):find("'package.searchers' must be a table", 1, true))
  package.searchers = searchers
  -- native libraries
  write("fake.so", "not a library")
  local _, lmsg, lwhere = package.loadlib(dir .. "/fake.so", "*")
  assert(lwhere == "absent" or lwhere == "open")
  if lwhere == "absent" then -- a build without dynamic libraries (Panlua today)
    assert(lmsg == "dynamic libraries not enabled; check your Lua installation")
    assert(err(require, "fake") == "error loading module 'fake' from file '" .. dir ..
                                    "/fake.so':\n\tnative modules are not supported yet")
    assert(err(require, "fake.sub"):find("error loading module 'fake.sub' from file '" .. dir ..
                                         "/fake.so':\n\tnative modules are not supported yet", 1, true))
  end
  assert(err(package.loadlib):find("bad argument #1 to '[%w.]*loadlib' %(string expected, got no value%)"))
  package.path, package.cpath = savedPath, savedCpath
  for name in pairs(package.loaded) do
    if name == "mod" or name == "sub" or name == "nil" or name == "false" or name == "set"
       or name == "comment" or name == "pre" or name == "pre2" or name == "via8" then
      package.loaded[name] = nil
    end
  end
end

for i = #created, 1, -1 do assert(os.remove(created[i])) end
assert(os.remove(dir .. "/sub"))
assert(os.remove(dir))
