-- Without __le, a <= b is not (b < a), as the reference build (LUA_COMPAT_5_3) has it.
local calls = {}
local mt = {__lt = function (x, y) calls[#calls + 1] = x.v .. "<" .. y.v return x.v < y.v end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
assert(a <= b and not (b <= a) and a <= a)
assert(calls[1] == "2<1" and calls[2] == "1<2" and calls[3] == "1<1")
assert(b >= a and not (a >= b))
local ok, err = pcall(function () return setmetatable({}, {}) <= {} end)
assert(not ok and err:find("attempt to compare two table values"))
