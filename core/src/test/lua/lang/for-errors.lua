-- Type errors of the numeric for (the same wording in 5.4.4 and 5.4.8).
local function errorof(src)
  local ok, msg = pcall(assert(load(src, "=x")))
  assert(not ok)
  return msg
end
assert(errorof("for i = 'a', 10 do end") == "x:1: bad 'for' initial value (number expected, got string)")
assert(errorof("for i = 1, {} do end") == "x:1: bad 'for' limit (number expected, got table)")
assert(errorof("for i = 1, 2, nil do end") == "x:1: bad 'for' step (number expected, got nil)")
