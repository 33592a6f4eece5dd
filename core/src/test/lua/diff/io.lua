-- The io library against the reference: opening modes and failures, every read format,
-- numbers as io.write writes them, seek, setvbuf, lines, to-be-closed handles, default files,
-- temporary files and pipes. Everything happens in a directory made for the test (named DIR in
-- the output) and is removed at the end; addresses and the order of pairs are never printed,
-- and commands started here write nothing to the standard streams.
local dir = os.tmpname()
assert(os.remove(dir))
assert(os.execute("mkdir '" .. dir .. "'"))
local quoted = dir:gsub("%p", "%%%0")
local function clean(...)
  local t = table.pack(...)
  for i = 1, t.n do
    if type(t[i]) == "string" then t[i] = t[i]:gsub(quoted, "DIR") end
    if io.type(t[i]) then t[i] = "<" .. io.type(t[i]) .. ">" end
  end
  return table.unpack(t, 1, t.n)
end
local function show(...) print(clean(...)) end
local function try(...) show(pcall(...)) end
local name = dir .. "/a.txt"

-- modes
for _, m in ipairs{"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b", "rw", "rb+", "", "+", "b", "x", "r++", "wbb"} do
  local ok, f, msg, code = pcall(io.open, name, m)
  if ok and f then show(m, io.type(f), f:close()) else show(m, ok, f, msg, code) end
end
show(io.open(dir .. "/none"))
show(io.open(dir .. "/none/x", "w"))
show(io.open(dir, "w"))
local d = io.open(dir)
show(io.type(d), d:read("l"))
show(d:read("a"))
show(d:read(0))
d:close()

-- writing and reading back
local f = assert(io.open(name, "w"))
show(io.type(f), f:write("line one\n", 42, " ", -7, " ", 3.5, " ", 1e300, " ", -0.0, " ", 2^53, " ", 1/0, " ", -1/0, " ", math.mininteger, "\n") == f)
show(f:write("second\n\nlast"))
show(f:read("l"))
show(f:seek("cur"), f:seek("set"), f:seek("end"), f:seek("end", -4), f:seek("cur", 2), f:seek("set", 100))
show(f:seek("set", -1))
try(f.seek, f, "bad")
try(f.seek, f, "set", 1.5)
show(f:close())
try(f.close, f)
try(f.read, f)
try(f.write, f, "x")
try(f.lines, f)
try(f.seek, f)
try(f.flush, f)
try(f.setvbuf, f, "no")
show(tostring(f), io.type(f))
try(io.close, f)

f = assert(io.open(name))
show(f:read("l", "L", "n", "n", "l", "n", "a", "a", "l", 0, 5))
show(f:seek("set", 0))
show(f:read(4, 0, 100))
show(f:read("a"))
show(f:read(0), f:read(1), f:read("l"), f:read("L"), f:read("n"), f:read("a"))
show(f:seek("set", 0))
show(f:read("*l", "*L", "*n", "*a"))
show(f:seek("set", 0))
try(f.read, f, "x")
try(f.read, f, "")
try(f.read, f, {})
try(f.read, f, 1.5)
show(f:read("line"))
show(f:read("all"))
show(f:write("x"))
f:close()

-- lines
for l in io.lines(name) do show("[" .. l .. "]") end
for l in io.lines(name, "L") do io.write("<", l, ">") end print()
for a, b in io.lines(name, 4, "n") do show(a, b) end
for n in io.lines(name, "n") do show(n) end
try(io.lines, dir .. "/none")
local it = io.lines(name)
while it() do end
try(it)
f = assert(io.open(name))
for l in f:lines() do end
show(io.type(f), f:read("a"))
f:close()
try(f.lines, f)
try(io.lines, name, table.unpack({}, 1, 251))
local ok, e = pcall(io.lines, name, table.unpack((function() local t = {} for i = 1, 251 do t[i] = "l" end return t end)()))
show(ok, e)
do
  local g
  for l in io.lines(name) do g = l break end
end

-- to-be-closed and tostring
local keep
do
  local h <close> = assert(io.open(name))
  keep = h
  show(io.type(h), tostring(h):match("^file %(0x%x+%)$") ~= nil)
end
show(io.type(keep), tostring(keep))
local mt = getmetatable(keep)
show(mt.__name, type(mt.__gc), type(mt.__close), type(mt.__tostring), type(mt.__index))
show(mt.__gc(keep), mt.__close(keep))
local methods = {}
for k in pairs(mt.__index) do methods[#methods + 1] = k end
table.sort(methods)
show(table.concat(methods, " "))

-- default files
show(io.input() == io.stdin, io.output() == io.stdout)
io.output(name)
io.write("via io.write\n", 1, 2.0, "\n")
show(io.output() ~= io.stdout)
show(io.close())
try(io.write, "x")
try(io.flush)
io.output(io.stdout)
io.input(name)
show(io.read("L"), io.read("n", "n"))
show(io.read("a"))
show(io.close(io.input()))
try(io.read)
try(io.lines)
io.input(io.stdin)
try(io.input, dir .. "/none")
try(io.output, dir .. "/none/none")
try(io.input, {})
show(io.close(io.stdin))
show(io.stdout:close())
show(io.stderr:close())
try(io.stdin.close)
show(io.type(io.stdin), io.type(8), io.type({}), io.type(nil))
try(io.type)
show(io.stdin:write("x"))
show(io.stdout:read())

-- buffering
local w = assert(io.open(name, "w"))
local r = assert(io.open(name, "r"))
show(w:setvbuf("full", 1024))
w:write("abc")
show(r:read("a"))
w:flush()
show(r:read("a"))
show(w:setvbuf("line"))
w:write("de")
show(r:read("a"))
w:write("f\ng")
show(r:read("a"))
show(w:setvbuf("no"))
w:write("h")
show(r:read("a"))
try(w.setvbuf, w, "bad")
try(w.setvbuf, w)
w:close() r:close()

-- append and update modes
w = assert(io.open(name, "w")) w:write("0123456789") w:close()
local a = assert(io.open(name, "a"))
show(a:seek("set", 0), a:write("AB"), a:seek())
a:close()
a = assert(io.open(name, "a+"))
show(a:read("a"))
show(a:seek("set", 2), a:read(2), a:write("CD"), a:seek("set", 0), a:read("a"))
a:close()
local u = assert(io.open(name, "r+"))
show(u:read(3), u:write("xyz"), u:seek("cur"), u:read("a"))
u:seek("set") show(u:read("a"))
u:close()
u = assert(io.open(name, "w+"))
show(u:read("a"), u:write("fresh"), u:seek("set"), u:read("a"))
u:close()

-- temporary file
local t = io.tmpfile()
show(io.type(t), t:write("temp", 1), t:seek("set"), t:read("a"), t:close())

-- pipes
local p = io.popen("printf 'one\\ntwo\\n'; exit 7")
show(io.type(p), p:read("l"), p:read("L"), p:read("a"))
show(p:write("x"))
show(p:seek())
show(p:close())
p = io.popen("cat > '" .. name .. "'", "w")
show(p:write("piped ", 12, "\n"))
show(p:read())
show(p:close())
show(io.open(name):read("a"))
p = io.popen("kill -9 $$")
show(p:close())
show(io.popen("true"):close())
try(io.popen, "true", "rw")
try(io.popen, "true", "")
try(io.popen, "true", "rb")
for l in io.popen("printf 'a\\nb'"):lines() do show(l) end

-- os file operations
show(os.remove(name))
show(os.remove(name))
show(os.rename(name, name .. "2"))
io.open(name, "w"):close()
show(os.rename(name, name .. "2"))
show(os.remove(name .. "2"))
io.open(name, "w"):close()
show(os.remove(dir))
show(os.remove(name), os.remove(dir))
