-- Java functions called from Lua code with a fixed number of arguments: the results land in
-- the right registers even when the function grows the stack, errors and yields unwind
-- through the calling frames, and a hook set by a call takes effect at the next instruction.

-- A function that pushes far more results than the frame has room for (the stack grows and
-- moves), its first result kept; locals around the call survive.
local s = string.rep("a", 20000) .. "z"
local before, after = 11, 22
for round = 1, 3 do
  local first = string.byte(s, 1, -1)
  assert(first == 97 and before == 11 and after == 22)
  local last = select(-1, string.byte(s, 1, -1))
  assert(last == 122)
end

-- Deep Lua recursion where every level calls Java functions with growing stacks.
local function down(n)
  if n == 0 then return 0 end
  local x = string.byte(s, 1, 300 + n)
  return down(n - 1) + (x == 97 and 1 or 0)
end
assert(down(400) == 400)

-- An error raised by a Java function deep in a call chain is caught with its position.
local function deep(n) if n == 0 then return math.floor("x") end return deep(n - 1) end
local ok, msg = pcall(deep, 50)
assert(not ok and msg:find("bad argument #1 to 'floor'"), msg)

-- A yield from inside a Java function's call made from Lua (a wrapped coroutine resumed by
-- a Java function in the caller) and values passed both ways.
local gen = coroutine.wrap(function(a)
  for i = 1, 3 do a = coroutine.yield(a + i) end
  return "done"
end)
assert(gen(10) == 11 and gen(20) == 22 and gen(30) == 33 and gen(0) == "done")

-- A hook set by a call: the line events start with the next line of the caller.
local lines = {}
local function note(_, line) lines[#lines + 1] = line end
local base = debug.getinfo(1, "l").currentline
debug.sethook(note, "l")
local y = 1
y = y + 1
debug.sethook()
assert(lines[1] == base + 2 and lines[2] == base + 3 and lines[3] == base + 4, table.concat(lines, ","))
