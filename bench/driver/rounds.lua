-- The driver of `bin/compare --rounds N`: runs a benchmark script N times in this one process
-- and writes the fastest round's seconds to standard error as "round seconds: S", so that
-- the comparison can leave start-up and warm-up out. Only the last round prints (the
-- comparison checks that output as usual). A round is timed with os.clock: CPU seconds of the
-- process in lua5.4 and LuaJIT, of the running thread in Panlua (not its JIT compiler's
-- threads). A full collection between rounds, untimed, starts each round on a clean heap.
--
--   LUA rounds.lua SCRIPT N [SIZE]

local script, n, size = arg[1], tonumber(arg[2]), arg[3]
if not script or not n or n < 1 then
  io.stderr:write("usage: rounds.lua SCRIPT N [SIZE]\n")
  os.exit(2)
end
local realPrint = print
local best = math.huge
for round = 1, n do
  arg = { [0] = script, size }
  print = round == n and realPrint or function() end
  collectgarbage()
  collectgarbage()
  local start = os.clock()
  dofile(script)
  local seconds = os.clock() - start
  if seconds < best then best = seconds end
end
print = realPrint
io.stderr:write(string.format("round seconds: %.6f\n", best))
