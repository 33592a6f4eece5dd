-- An error raised by a message handler goes to the handler again.
local n = 0
local ok, msg = xpcall(error, function (m)
  n = n + 1
  if n < 3 then error(m .. n, 0) end
  return m
end, "e", 0)
assert(not ok and msg == "e12" and n == 3)
