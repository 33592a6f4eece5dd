-- Errors of a load reader function are returned by load, not raised. (Run inside pcall so
-- that no message handler of the host sees them.)
assert(pcall(function ()
  local f, msg = load(function () error("reader", 0) end)
  assert(f == nil and msg == "reader")
  f, msg = assert(load("return load(function () return {} end, '=r')", "=x"))()
  assert(f == nil and msg == "x:1: reader function must return a string")
end))
