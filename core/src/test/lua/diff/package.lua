-- The package library against the reference: searchpath with its separators and empty
-- templates, require through preload, Lua files (with loader data, errors, modules that set
-- package.loaded themselves or return false) and custom searchers, the message listing every
-- file tried, and the checks of package.path and package.searchers. Native libraries are left
-- to lib/package.lua: a build without dynamic libraries reports them differently.
local dir = os.tmpname()
assert(os.remove(dir))
assert(os.execute("mkdir '" .. dir .. "' && mkdir '" .. dir .. "/sub'"))
local function clean(s) return (s:gsub(dir:gsub("%p", "%%%0"), "DIR")) end
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do if type(t[i]) == "string" then t[i] = clean(t[i]) end end
  print(table.unpack(t, 1, t.n))
end
local function write(name, text) local f = assert(io.open(dir .. "/" .. name, "w")) f:write(text) f:close() end

print(package.config == "/\n;\n?\n!\n-\n", #package.searchers, type(package.preload), package.loaded == debug.getregistry()._LOADED)
print(package.loaded._G == _G, package.loaded.string == string)
show(package.searchpath("x", ""))
show(package.searchpath("x", ";"))
show(package.searchpath("x", "a;;b"))
show(package.searchpath("a.b.c", "?;?.x", ".", "/"))
show(package.searchpath("a.b.c", "?", "", "/"))
show(package.searchpath("a.b.c", "?", ".", ""))
show(package.searchpath("a::b", "?", "::", "-"))
write("mod.lua", "return {name = ..., file = select(2, ...)}")
write("sub/init.lua", "return 'init of ' .. ...")
write("bad.lua", "return +")
write("err.lua", "error('boom')")
write("nil.lua", "x = 1")
write("false.lua", "return false")
write("set.lua", "package.loaded[...] = 'set by module'")
write("comment.lua", "#!/usr/bin/lua\nreturn 'commented'")
show(package.searchpath("mod", dir .. "/?.lua"))
show(package.searchpath("sub", dir .. "/?.lua;" .. dir .. "/?/init.lua"))
show(package.searchpath("sub", dir .. "/?"))
package.path = dir .. "/?.lua;" .. dir .. "/?/init.lua"
package.cpath = dir .. "/?.so"
local m, extra = require("mod")
show(m.name, m.file, extra)
show(select("#", require("mod")), require("mod") == m)
show(require("sub"))
show(pcall(require, "bad"))
show(pcall(require, "err"))
show(require("nil"))
show(require("false"))
show(package.loaded["false"])
show(require("set"))
show(require("comment"))
show(pcall(require, "missing"))
show(pcall(require, "fake3.sub"))
package.preload.pre = function(...) return {...} end
local r, d = require("pre")
show(r[1], r[2], d)
package.preload.pre2 = function() return nil end
show(require("pre2"))
show(pcall(require))
show(pcall(require, {}))
package.path = 42
show(pcall(require, "nope"))
package.path = {}
show(pcall(require, "nope2"))
package.path = dir .. "/?.lua"
package.searchers[5] = function(n) return nil end
package.searchers[6] = function(n) return "\n\tcustom " .. n end
package.searchers[7] = function(n) return 42 end
show(pcall(require, "nope3"))
package.searchers[8] = function(n) return function(a, b) return {a, b} end, "data" end
local v, w = require("viaeight")
show(v[1], v[2], w)
local saved = package.searchers
package.searchers = nil
show(pcall(require, "nope4"))
package.searchers = saved
show(pcall(package.loadlib))
show(pcall(package.searchpath, "x"))
for _, f in ipairs{"mod.lua", "sub/init.lua", "bad.lua", "err.lua", "nil.lua", "false.lua", "set.lua", "comment.lua"} do
  assert(os.remove(dir .. "/" .. f))
end
assert(os.remove(dir .. "/sub"))
assert(os.remove(dir))
