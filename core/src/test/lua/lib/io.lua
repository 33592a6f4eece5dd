-- Tests of the io library. Prints nothing on success; also passes under the reference
-- interpreter (lua5.4). Files live in a directory made for the test and removed at the end.

local dir = os.tmpname()
assert(os.remove(dir))
assert(os.execute("mkdir '" .. dir .. "'"))
local name = dir .. "/a.txt"
local other = dir .. "/b.txt"

-- the error message of f(...), which must fail
local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "call should have failed")
  return msg
end

local function contents(file)
  local f = assert(io.open(file, "rb"))
  local s = f:read("a")
  assert(f:close())
  return s
end

local function put(file, s)
  local f = assert(io.open(file, "wb"))
  assert(f:write(s) == f)
  assert(f:close() == true)
end

-- ---- open: modes and failures -----------------------------------------------------------
do
  for _, m in ipairs{"w", "r", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b", "rbb"} do
    local f = assert(io.open(name, m))
    assert(io.type(f) == "file")
    assert(f:close() == true)
  end
  for _, m in ipairs{"rw", "rb+", "r+bk", "", "+", "b", "x", "r++", "wt"} do
    assert(err(io.open, name, m):find("bad argument #2 to '[%w.]*open' %(invalid mode%)"))
  end
  local f, msg, code = io.open(dir .. "/none")
  assert(f == nil and msg == dir .. "/none: No such file or directory" and code == 2)
  f, msg, code = io.open(dir .. "/none/x", "w")
  assert(f == nil and msg == dir .. "/none/x: No such file or directory" and code == 2)
  f, msg, code = io.open(dir, "w")
  assert(f == nil and msg == dir .. ": Is a directory" and code == 21)
  f, msg, code = io.open("")
  assert(f == nil and msg == ": No such file or directory" and code == 2)
  -- a directory opens for reading; reading it fails
  local d = assert(io.open(dir))
  local r, m, c = d:read("l")
  assert(r == nil and m == "Is a directory" and c == 21)
  assert(d:close())
  assert(err(io.open, {}):find("bad argument #1 to '[%w.]*open' %(string expected, got table%)"))
end

-- ---- write: strings and numbers; reading it all back ------------------------------------
do
  local f = assert(io.open(name, "w"))
  assert(f:write("a", 1, " ", -7, " ", 3.5, " ", 1e300, " ", -0.0, " ", 2^53, " ", 1/0, " ",
                 math.mininteger, " ", 1.0, " ", 0.1, "\n") == f)
  assert(f:write() == f and f:write("") == f)
  assert(err(function() return f:write({}) end):find("bad argument #1 to 'write' %(string expected, got table%)"))
  assert(f:close())
  assert(contents(name) == "a1 -7 3.5 1e+300 -0 9.007199254741e+15 inf -9223372036854775808 1 0.1\n")
  -- a read-only file cannot be written, a write-only one cannot be read (but "" writes nothing)
  f = assert(io.open(name))
  local r, m, c = f:write("x")
  assert(r == nil and m == "Bad file descriptor" and c == 9)
  r, m, c = f:write(1)
  assert(r == nil and c == 9)
  assert(f:write("") == f)
  assert(f:close())
  f = assert(io.open(name, "a"))
  r, m, c = f:read()
  assert(r == nil and m == "Bad file descriptor" and c == 9)
  r, m = pcall(f:lines())
  assert(r == false and m:find("Bad file descriptor"))
  assert(f:close())
end

-- ---- read formats ------------------------------------------------------------------------
do
  put(name, "a line\nanother line\n1234\n3.45\none\ntwo\nthree")
  local f = assert(io.open(name))
  local l1, l2, n1, n2, dummy = f:read("l", "L", "n", "n")
  assert(l1 == "a line" and l2 == "another line\n" and n1 == 1234 and n2 == 3.45 and dummy == nil)
  assert(math.type(n1) == "integer" and math.type(n2) == "float")
  assert(f:read(0) == "")              -- not at the end: the newline after 3.45 is left
  assert(f:read("L") == "\n")
  assert(f:read("*l") == "one")        -- the old form with '*'
  assert(f:read(2, 0, "line") == "tw")  -- only the first letter of a format counts
  local x, y, z = f:read(2, 0, "line")
  assert(x == "th" and y == "" and z == "ree")
  assert(f:read("all") == "")
  assert(f:read("a") == "" and f:read("a") == "")
  assert(f:read(0) == nil and f:read(1) == nil and f:read("l") == nil and f:read("L") == nil)
  assert(f:read("n") == nil)
  assert(select("#", f:read("l")) == 1)
  -- the first failure ends the list: its result is nil and nothing follows
  f:seek("set")
  local a, b, c = f:read("l", "n", "l")
  assert(a == "a line" and b == nil and c == nil)
  f:seek("set")
  assert(select("#", f:read("l", "n", "l")) == 2)
  assert(err(function() return f:read("x") end):find("bad argument #1 to 'read' %(invalid format%)"))
  assert(err(function() return f:read("l", "") end):find("bad argument #2 to 'read' %(invalid format%)"))
  assert(err(function() return f:read({}) end):find("bad argument #1 to 'read' %(string expected, got table%)"))
  assert(err(function() return f:read(1.5) end):find("number has no integer representation"))
  assert(f:close())
end

-- ---- read("n"): the reference's numeral rules ----------------------------------------------
do
  put(name, "-12.3-\t-0xffff+  .3|5.E-3X  +234e+13E 0xDEADBEEFDEADBEEFx\n0x1.13Ap+3e\n" ..
            "1234" .. string.rep("0", 1000) .. "\n.e+\t0.e;\t--;  0xX;\n" ..
            " 0x7fffffffffffffff 9223372036854775808 0x 1e 00012 -0 +5")
  local f = assert(io.open(name))
  assert(f:read("n") == -12.3 and f:read(1) == "-")
  assert(f:read("n") == -0xffff and f:read(2) == "+ ")
  assert(f:read("n") == 0.3 and f:read(1) == "|")
  assert(f:read("n") == 5e-3 and f:read(1) == "X")
  assert(f:read("n") == 234e13 and f:read(1) == "E")
  assert(f:read("n") == 0xdeadbeefdeadbeef and f:read(2) == "x\n")
  assert(f:read("n") == 0x1.13ap3 and f:read(1) == "e")
  assert(f:read("n") == nil)                        -- more than 200 characters
  assert(f:read("L"):find("^00*\n$"))
  assert(not f:read("n") and f:read(2) == "e+")
  assert(not f:read("n") and f:read(1) == ";")
  assert(not f:read("n") and f:read(2) == "-;")
  assert(not f:read("n") and f:read(1) == "X")
  assert(not f:read("n") and f:read(1) == ";")
  assert(f:read("n") == math.maxinteger)
  local big = f:read("n")
  assert(big == 2^63 and math.type(big) == "float")
  assert(f:read("n") == nil and f:read(1) == " ")   -- "0x" alone
  assert(f:read("n") == nil and f:read(1) == " ")   -- "1e" alone
  assert(f:read("n") == 12)
  local z = f:read("n")
  assert(z == 0 and math.type(z) == "integer")
  assert(f:read("n") == 5)
  assert(f:read("n") == nil and f:read(0) == nil)
  assert(f:close())
end

-- ---- seek --------------------------------------------------------------------------------
do
  put(name, "0123456789")
  local f = assert(io.open(name, "r+"))
  assert(f:seek() == 0 and f:seek("end") == 10 and f:seek("set", 3) == 3)
  assert(f:read(2) == "34" and f:seek("cur") == 5 and f:seek("cur", -2) == 3)
  assert(f:seek("end", -1) == 9 and f:read("a") == "9")
  assert(f:seek("set", 20) == 20 and f:read(1) == nil)
  local r, m, c = f:seek("set", -1)
  assert(r == nil and m == "Invalid argument" and c == 22)
  r, m, c = f:seek("cur", -100)
  assert(r == nil and c == 22)
  assert(err(function() return f:seek("bad") end):find("bad argument #1 to 'seek' %(invalid option 'bad'%)"))
  assert(err(function() return f:seek("set", 1.5) end):find("bad argument #2 to 'seek' %(number has no integer representation%)"))
  -- writing after reading continues where reading stopped
  f:seek("set", 2)
  assert(f:read(2) == "23")
  assert(f:write("ab") == f)
  assert(f:seek() == 6 and f:read(2) == "67")
  assert(f:close())
  assert(contents(name) == "0123ab6789")
  -- append modes write at the end wherever the position was
  f = assert(io.open(name, "a+"))
  assert(f:read(3) == "012")
  assert(f:write("X"):seek() == 11)
  assert(f:seek("set") == 0 and f:read("a") == "0123ab6789X")
  assert(f:close())
  f = assert(io.open(name, "w+"))
  assert(f:read("a") == "" and f:write("fresh"):seek("set") == 0 and f:read("a") == "fresh")
  assert(f:close())
end

-- ---- setvbuf and flush -------------------------------------------------------------------
do
  local w = assert(io.open(name, "w"))
  local r = assert(io.open(name, "r"))
  assert(w:setvbuf("full", 2000) == true)
  w:write("x")
  assert(r:read("a") == "")          -- still in the buffer
  assert(w:flush() == true)
  assert(r:read("a") == "x")
  assert(w:setvbuf("line") == true)
  w:write("a")
  assert(r:read("a") == "")
  w:write("b\nc")
  assert(r:read("a") == "ab\n")      -- up to the last newline
  assert(w:setvbuf("no") == true)
  w:write("d")
  assert(r:read("a") == "cd")
  assert(err(function() return w:setvbuf("bad") end):find("invalid option 'bad'"))
  assert(err(function() return w:setvbuf() end):find("bad argument #1 to 'setvbuf' %(string expected, got no value%)"))
  assert(w:close())
  assert(r:close())
end

-- ---- lines ---------------------------------------------------------------------------------
do
  put(name, "\n\nline\nother")
  local t = {}
  for l in io.lines(name) do t[#t + 1] = l end
  assert(table.concat(t, "|") == "||line|other")
  t = {}
  for l in io.lines(name, "L") do t[#t + 1] = l end
  assert(table.concat(t) == "\n\nline\nother")
  t = {}
  for a, b in io.lines(name, 1, "l") do t[#t + 1] = a .. "/" .. tostring(b) end
  assert(table.concat(t, "|") == "\n/|l/ine|o/ther")
  -- io.lines closes its file at the end; calling again is an error
  local it = io.lines(name)
  while it() do end
  assert(err(it):find("file is already closed"))
  -- the file is the loop's closing value: leaving the loop closes it
  local f4 = select(4, io.lines(name))
  assert(io.type(f4) == "file")
  for _ in io.lines(name) do break end
  -- file:lines leaves the file open
  local f = assert(io.open(name))
  local n = 0
  for _ in f:lines() do n = n + 1 end
  assert(n == 4 and io.type(f) == "file" and f:read("a") == "")
  assert(f:close())
  assert(err(function() return f:lines() end):find("attempt to use a closed file"))
  local ok, msg = pcall(io.lines, dir .. "/none")
  assert(not ok and msg:find("cannot open file '" .. dir .. "/none' %(No such file or directory%)", 1, false) ~= nil
         or msg:find("No such file or directory", 1, true))
  put(name, string.rep("a", 300))
  local many = {}
  for i = 1, 250 do many[i] = 1 end
  assert(#{io.lines(name, table.unpack(many))()} == 250)
  many[251] = 1
  assert(err(io.lines, name, table.unpack(many)):find("bad argument #252 to '[%w.]*lines' %(too many arguments%)"))
  put(name, "10 20\n30")
  t = {}
  for a, b in io.lines(name, "n", "n") do t[#t + 1] = tostring(a) .. ":" .. tostring(b) end
  assert(table.concat(t, " ") == "10:20 30:nil")
end

-- ---- handles: tostring, io.type, closing ---------------------------------------------------
do
  local keep
  do
    local f <close> = assert(io.open(name))
    keep = f
    assert(tostring(f):find("^file %(0x%x+%)$"))
  end
  assert(tostring(keep) == "file (closed)" and io.type(keep) == "closed file")
  assert(err(function() return keep:close() end):find("attempt to use a closed file"))
  assert(err(io.close, keep):find("attempt to use a closed file"))
  assert(err(function() return keep:read() end):find("attempt to use a closed file"))
  local mt = getmetatable(keep)
  assert(mt.__name == "FILE*" and mt.__index.read and mt.__gc == mt.__close)
  assert(mt.__gc(keep) == nil)       -- harmless on a closed file
  local f = assert(io.open(name))
  mt.__gc(f)                         -- what the collector does: closes an open file
  assert(io.type(f) == "closed file")
  local fake = setmetatable({}, mt)   -- the handles' metatable does not make a file
  assert(io.type(8) == nil and io.type({}) == nil and io.type(fake) == nil)
  assert(err(mt.__gc, fake):find("FILE%* expected, got FILE%*"))
  setmetatable(fake, nil)             -- no __gc left to meet it when it is collected
  assert(err(io.type):find("bad argument #1 to '[%w.]*type' %(value expected%)"))
  assert(err(io.stdin.close):find("got no value"))
  assert(err(mt.__tostring, {}):find("FILE%* expected, got table"))
  assert(err(mt.__gc, io):find("FILE%* expected, got table"))
end

-- ---- standard files and default files --------------------------------------------------------
do
  local a, b = io.close(io.stdin)
  assert(a == nil and b == "cannot close standard file")
  assert(not io.stdout:close() and not io.stderr:close())
  assert(io.type(io.stdout) == "file")
  local r, m, c = io.stdin:write("x")
  assert(r == nil and m == "Bad file descriptor" and c == 9)
  r, m, c = io.stdout:read()
  assert(r == nil and m == "Bad file descriptor" and c == 9)
  assert(io.input() == io.stdin and io.output() == io.stdout)
  assert(io.output(name) ~= io.stdout)
  assert(io.write("via io.write ", 1, " ", 2.5, "\n") == io.output())
  assert(io.close() == true)
  assert(err(io.write, "x"):find("default output file is closed"))
  assert(err(io.flush):find("default output file is closed"))
  assert(io.output(io.stdout) == io.stdout)
  assert(io.input(name) ~= io.stdin)
  assert(io.read("l") == "via io.write 1 2.5")
  assert(io.read() == nil)
  assert(io.close(io.input()))
  assert(err(io.read):find("default input file is closed"))
  assert(err(io.lines):find("attempt to use a closed file"))
  assert(io.input(io.stdin) == io.stdin)
  assert(err(io.input, dir .. "/none"):find("cannot open file '.*/none' %(No such file or directory%)"))
  assert(err(io.output, dir .. "/none/x"):find("cannot open file '.*/none/x' %(No such file or directory%)"))
  assert(err(io.input, {}):find("FILE%* expected, got table"))
  assert(io.flush() == true and io.stdout:flush() == true)
  assert(io.stdout:setvbuf("full") == true)
end

-- ---- temporary files and pipes -----------------------------------------------------------------
do
  local t = assert(io.tmpfile())
  assert(io.type(t) == "file" and t:write("temp", 1) == t and t:seek("set") == 0)
  assert(t:read("a") == "temp1" and t:close())
  local p = assert(io.popen("printf 'one\\ntwo\\n'; exit 7"))
  assert(p:read("l") == "one" and p:read("L") == "two\n" and p:read("a") == "")
  local r, m, c = p:write("x")
  assert(r == nil and m == "Bad file descriptor" and c == 9)
  r, m, c = p:seek()
  assert(r == nil and m == "Illegal seek" and c == 29)
  r, m, c = p:close()
  assert(r == nil and m == "exit" and c == 7)
  p = assert(io.popen("cat > '" .. other .. "'", "w"))
  assert(p:write("piped ", 12, "\n") == p)
  r, m, c = p:close()
  assert(r == true and m == "exit" and c == 0)
  assert(contents(other) == "piped 12\n")
  r, m, c = io.popen("kill -9 $$"):close()
  assert(r == nil and m == "signal" and c == 9)
  local n = 0
  for l in io.popen("printf 'a\\nb'"):lines() do n = n + 1 end
  assert(n == 2)
  for _, mode in ipairs{"", "rw", "r+", "rb", "a"} do
    assert(err(io.popen, "true", mode):find("bad argument #2 to '[%w.]*popen' %(invalid mode%)"))
  end
end

-- ---- cleaning up -------------------------------------------------------------------------------
assert(os.remove(name) and os.remove(other))
local r, m, c = os.remove(dir .. "/none")
assert(r == nil and m == dir .. "/none: No such file or directory" and c == 2)
assert(os.remove(dir))
