-- Call frames are reused: a frame that once served an xpcall must not keep its message
-- handler alive (or mark it after it was freed) when it later serves an ordinary call.
do
  local function loop() assert(pcall(loop)) end
  local ok, msg = xpcall(loop, loop)   -- C stack overflow inside the handler too
  assert(not ok and string.find(msg, "error"))
end
collectgarbage()                       -- the handler closure is garbage now
for _ = 1, 3 do
  local r = (function (x) return x * 2 end)(20)
  assert(r == 40)
  collectgarbage()
end

-- an ordinary xpcall whose handler dies with its block
do
  local ok, v = xpcall(function () error({}) end, function (e) return type(e) end)
  assert(not ok and v == "table")
end
collectgarbage()
local t = {}
for i = 1, 100 do t[i] = (function (x) return {x} end)(i) end
assert(#t == 100 and t[100][1] == 100)
