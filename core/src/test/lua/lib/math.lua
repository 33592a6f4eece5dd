-- Tests of the math library. Prints nothing on success; also passes under the reference
-- interpreter (lua5.4). Expected floats are hexadecimal literals taken from lua5.4.

local maxI, minI = math.maxinteger, math.mininteger

local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "call should have failed")
  return msg
end

-- same value and same subtype
local function eqT(a, b)
  return a == b and math.type(a) == math.type(b)
end

local function isNaN(x) return x ~= x end

local function isNegZero(x) return x == 0 and 1 / x < 0 end

-- ---- constants ------------------------------------------------------------------------
assert(eqT(math.pi, 0x1.921fb54442d18p+1))
assert(math.huge == 1 / 0 and math.type(math.huge) == "float")
assert(eqT(maxI, 0x7fffffffffffffff) and eqT(minI, -0x7fffffffffffffff - 1))
assert(maxI + 1 == minI)

-- ---- type, tointeger, ult -------------------------------------------------------------
assert(math.type(0) == "integer" and math.type(0.0) == "float" and math.type(maxI) == "integer")
assert(math.type("10") == nil and math.type({}) == nil and math.type(nil) == nil)
assert(err(math.type) == "bad argument #1 to 'math.type' (value expected)")
assert(eqT(math.tointeger(3), 3) and eqT(math.tointeger(3.0), 3) and eqT(math.tointeger(-0.0), 0))
assert(eqT(math.tointeger(minI + 0.0), minI) and math.tointeger(2^63) == nil)
assert(math.tointeger(3.5) == nil and math.tointeger(0 / 0) == nil and math.tointeger(math.huge) == nil)
assert(eqT(math.tointeger("34.0"), 34) and eqT(math.tointeger("0x10"), 16) and math.tointeger("34.3") == nil)
assert(math.tointeger({}) == nil and math.tointeger(nil) == nil)
assert(err(math.tointeger) == "bad argument #1 to 'math.tointeger' (value expected)")
assert(math.ult(3, 4) and not math.ult(4, 4) and math.ult(-2, -1) and math.ult(2, -1))
assert(math.ult(maxI, minI) and not math.ult(minI, maxI))
assert(err(math.ult, 1.5, 2) == "bad argument #1 to 'math.ult' (number has no integer representation)")
assert(err(math.ult, 1) == "bad argument #2 to 'math.ult' (number expected, got no value)")

-- ---- abs, floor, ceil, modf, fmod -----------------------------------------------------
assert(eqT(math.abs(-3), 3) and eqT(math.abs(3), 3) and eqT(math.abs(-3.5), 3.5))
assert(eqT(math.abs(minI), minI) and eqT(math.abs(-maxI), maxI))  -- wraps around
assert(eqT(math.abs("-3"), 3.0) and eqT(math.abs(-0.0), 0.0) and not isNegZero(math.abs(-0.0)))
assert(err(math.abs, "x") == "bad argument #1 to 'math.abs' (number expected, got string)")

assert(eqT(math.floor(3.7), 3) and eqT(math.floor(-3.7), -4) and eqT(math.floor(5), 5))
assert(eqT(math.ceil(3.2), 4) and eqT(math.ceil(-3.7), -3) and eqT(math.ceil(maxI), maxI))
assert(eqT(math.floor(minI + 0.0), minI) and eqT(math.ceil(minI + 0.0), minI))
assert(eqT(math.floor(2^63), 2^63) and eqT(math.ceil(-2^64), -2^64))  -- out of range: floats
assert(eqT(math.floor(1e100), 1e100) and math.floor(-math.huge) == -math.huge)
assert(isNaN(math.floor(0 / 0)) and isNaN(math.ceil(0 / 0)))
assert(eqT(math.floor("3.5"), 3) and eqT(math.floor("3"), 3) and eqT(math.ceil(-0.5), 0))
assert(err(math.floor, {}) == "bad argument #1 to 'math.floor' (number expected, got table)")
assert(err(math.ceil, print) == "bad argument #1 to 'math.ceil' (number expected, got function)")

do
  local a, b = math.modf(3.5)
  assert(eqT(a, 3) and eqT(b, 0.5))
  a, b = math.modf(-2.5)
  assert(eqT(a, -2) and eqT(b, -0.5))
  a, b = math.modf(3e35)
  assert(eqT(a, 3e35) and eqT(b, 0.0))
  a, b = math.modf(-1 / 0)
  assert(a == -1 / 0 and eqT(b, 0.0))
  a, b = math.modf(0 / 0)
  assert(isNaN(a) and isNaN(b))
  a, b = math.modf(7)
  assert(eqT(a, 7) and eqT(b, 0.0))
  a, b = math.modf(minI)
  assert(eqT(a, minI) and eqT(b, 0.0))
  a, b = math.modf(-0.25)
  assert(eqT(a, 0) and eqT(b, -0.25))
end

for i = -6, 6 do
  for j = -6, 6 do
    if j ~= 0 then
      local mi, mf = math.fmod(i, j), math.fmod(i + 0.0, j)
      assert(mi == mf and math.type(mi) == "integer" and math.type(mf) == "float")
    end
  end
end
assert(eqT(math.fmod(7, 3), 1) and eqT(math.fmod(-7, 3), -1) and eqT(math.fmod(7, -3), 1))
assert(eqT(math.fmod(minI, -1), 0) and eqT(math.fmod(minI, minI), 0) and eqT(math.fmod(maxI, maxI), 0))
assert(eqT(math.fmod(minI + 1, minI), minI + 1) and eqT(math.fmod(5, minI), 5))
assert(eqT(math.fmod(5.5, 2), 1.5) and eqT(math.fmod(-5.5, 2), -1.5) and eqT(math.fmod("7", 3), 1.0))
assert(eqT(math.fmod(1, math.huge), 1.0) and isNaN(math.fmod(math.huge, 1)) and isNaN(math.fmod(1, 0.0)))
assert(isNegZero(math.fmod(-6.0, 3)))
assert(err(math.fmod, 3, 0) == "bad argument #2 to 'math.fmod' (zero)")
assert(err(math.fmod, 3) == "bad argument #2 to 'math.fmod' (number expected, got no value)")
assert(err(math.fmod, nil, 3) == "bad argument #1 to 'math.fmod' (number expected, got nil)")

-- ---- max, min -------------------------------------------------------------------------
assert(eqT(math.max(3), 3) and eqT(math.max(3, 5, 9, 1), 9) and eqT(math.max(1, 2.5), 2.5))
assert(eqT(math.max(2, 2.0), 2) and eqT(math.max(2.0, 2), 2.0))  -- the first of equals
assert(eqT(math.min(3, 5, 9, 1), 1) and eqT(math.min(1.9, 1.7, 1.72), 1.7) and eqT(math.min(2.0, 2), 2.0))
assert(math.max(maxI, 10e60) == 10e60 and eqT(math.max(minI, minI + 1), minI + 1))
assert(math.min(-10e60, minI) == -10e60 and eqT(math.min(maxI, maxI - 1), maxI - 1))
assert(math.max("a", "b") == "b" and math.min("a", "b") == "a")  -- any comparable values
assert(err(math.max) == "bad argument #1 to 'math.max' (value expected)")
assert(err(math.min) == "bad argument #1 to 'math.min' (value expected)")
assert(err(math.max, 1, "x") == "attempt to compare number with string")
do
  local mt = {__lt = function (a, b) return a.v < b.v end}
  local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
  assert(math.max(a, b) == b and math.min(a, b) == a)
end

-- ---- sqrt, exp, log, trigonometry -----------------------------------------------------
assert(eqT(math.sqrt(16), 4.0) and eqT(math.sqrt(2), 0x1.6a09e667f3bcdp+0) and isNaN(math.sqrt(-1)))
assert(eqT(math.exp(0), 1.0) and eqT(math.exp(1), 0x1.5bf0a8b145769p+1) and math.exp(1000) == math.huge)
assert(eqT(math.log(1), 0.0) and eqT(math.log(10), 0x1.26bb1bbb55516p+1) and math.log(0) == -math.huge)
assert(eqT(math.log(8, 2), 3.0) and eqT(math.log(1024, 2), 10.0) and eqT(math.log(0.5, 2), -1.0))
assert(eqT(math.log(2^-1074, 2), -1074.0) and eqT(math.log(2^1023, 2), 1023.0))
assert(eqT(math.log(3, 2), 0x1.95c01a39fbd68p+0) and eqT(math.log(10, 2), 0x1.a934f0979a371p+1))
assert(eqT(math.log(0.75, 2), -0x1.a8ff971810a5ep-2) and eqT(math.log(1e-300, 2), -0x1.f24a09f1a8b89p+9))
assert(eqT(math.log(maxI, 2), 63.0))
assert(eqT(math.log(1000, 10), 3.0) and eqT(math.log(1e-300, 10), -300.0) and eqT(math.log(0.1, 10), -1.0))
assert(eqT(math.log(3, 10), 0x1.e8927964fd5fdp-2) and eqT(math.log(1024, 10), 0x1.8151824c7587fp+1))
assert(eqT(math.log(9, 3), 2.0) and eqT(math.log(2, 10), math.log(2, 10.0)))
assert(math.log(0, 2) == -math.huge and math.log(0, 10) == -math.huge and isNaN(math.log(-1, 2)))
assert(eqT(math.sin(0), 0.0) and eqT(math.sin(1), 0x1.aed548f090ceep-1) and eqT(math.cos(1), 0x1.14a280fb5068cp-1))
assert(eqT(math.tan(1), 0x1.8eb245cbee3a6p+0) and eqT(math.cos(0), 1.0))
assert(eqT(math.asin(1), math.pi / 2) and eqT(math.acos(-1), math.pi) and eqT(math.acos(1), 0.0))
assert(eqT(math.atan(1), math.pi / 4) and eqT(math.atan(-1), -0x1.921fb54442d18p-1))
assert(eqT(math.atan(1, 2), 0x1.dac670561bb4fp-2) and eqT(math.atan(1, 0), math.pi / 2))
assert(eqT(math.atan(0, -1), math.pi) and eqT(math.atan(-0.0, -1), -math.pi))
assert(eqT(math.deg(math.pi), 180.0) and eqT(math.deg(1), 0x1.ca5dc1a63c1f8p+5))
assert(eqT(math.rad(180), math.pi) and eqT(math.rad(1), 0x1.1df46a2529d39p-6))
assert(err(math.sin) == "bad argument #1 to 'math.sin' (number expected, got no value)")
assert(err(math.log, 2, "x") == "bad argument #2 to 'math.log' (number expected, got string)")
assert(eqT(math.sin("0"), 0.0))

-- ---- random ---------------------------------------------------------------------------
do
  -- the first value after seed 1007 (from the official test suite)
  math.randomseed(1007)
  assert(math.random(0) == 0x7a7040a5a323c9d6)
  math.randomseed(1007, 0)
  assert(eqT(math.random(), 0x1.e9c102968c8f2p-2))

  local a, b = math.randomseed(42)
  assert(eqT(a, 42) and eqT(b, 0))
  local expect = {50, 76, 86, 54, 64, 7, 25, 3, 24, 24}
  for i = 1, 10 do assert(eqT(math.random(100), expect[i])) end
  expect = {0x1.2bffb6ad27fd8p-4, 0x1.5d1fa08517fep-5, 0x1.134e707737dc7p-1, 0x1.9fa62d1e516dcp-2, 0x1.dd0661766821fp-1}
  for i = 1, 5 do assert(eqT(math.random(), expect[i])) end
  expect = {-1531244909674237728, -1348856425985113987, 5175065933773059081, 3672190198671438312, 7616342095575388332}
  for i = 1, 5 do assert(eqT(math.random(0), expect[i])) end
  expect = {2, -3, 0, -1, 2}
  for i = 1, 5 do assert(eqT(math.random(-3, 3), expect[i])) end
  expect = {1289748436204842423, -3457922814463970132, 7190092996589188088, -5644710639043423632, -3612245498665647140}
  for i = 1, 5 do assert(eqT(math.random(minI, maxI), expect[i])) end
  expect = {523891601, 995367370, 840423013, 191272686, 944349654}
  for i = 1, 5 do assert(eqT(math.random(1, 1000000007), expect[i])) end

  a, b = math.randomseed(-1, maxI)
  assert(a == -1 and b == maxI)
  expect = {5, 3, 2, 3, 1}
  for i = 1, 5 do assert(math.random(6) == expect[i]) end
  a, b = math.randomseed(3.0)
  assert(eqT(a, 3) and eqT(b, 0))

  -- randomseed() returns a seed that repeats the sequence
  a, b = math.randomseed()
  assert(math.type(a) == "integer" and math.type(b) == "integer")
  local first = math.random(0)
  math.randomseed(a, b)
  assert(math.random(0) == first)

  for _ = 1, 1000 do
    local f = math.random()
    assert(math.type(f) == "float" and 0 <= f and f < 1 and f * 2^53 == math.floor(f * 2^53))
    local i = math.random(10)
    assert(math.type(i) == "integer" and 1 <= i and i <= 10)
    i = math.random(-10, -5)
    assert(-10 <= i and i <= -5)
  end
  assert(math.random(3, 3) == 3 and math.random(maxI, maxI) == maxI and math.random(minI, minI) == minI)
  -- every value of a small interval shows up
  local seen, count = {}, 0
  while count < 13 do
    local r = math.random(1, 13)
    if not seen[r] then seen[r] = true; count = count + 1 end
  end

  assert(err(math.random, 1, 2, 3) == "wrong number of arguments")
  assert(err(math.random, 0, -1) == "bad argument #1 to 'math.random' (interval is empty)")
  assert(err(math.random, -5) == "bad argument #1 to 'math.random' (interval is empty)")
  assert(err(math.random, maxI, minI) == "bad argument #1 to 'math.random' (interval is empty)")
  assert(err(math.random, 1.5) == "bad argument #1 to 'math.random' (number has no integer representation)")
  assert(err(math.random, "x") == "bad argument #1 to 'math.random' (number expected, got string)")
  assert(err(math.randomseed, 3.5) == "bad argument #1 to 'math.randomseed' (number has no integer representation)")
  assert(err(math.randomseed, nil) == "bad argument #1 to 'math.randomseed' (number expected, got nil)")
end

-- ---- Lua 5.3 compatibility functions (present in the default reference build) ----------
if math.pow then
  assert(eqT(math.pow(2, 10), 1024.0) and eqT(math.pow(2, 0.5), math.sqrt(2)))
  assert(eqT(math.log10(1000), 3.0) and eqT(math.atan2(1, 0), math.pi / 2))
  assert(eqT(math.cosh(0), 1.0) and eqT(math.sinh(0), 0.0) and eqT(math.tanh(0), 0.0))
  local m, e = math.frexp(8)
  assert(eqT(m, 0.5) and eqT(e, 4))
  m, e = math.frexp(-0.3)
  assert(eqT(m, -0.6) and eqT(e, -1))
  m, e = math.frexp(5e-324)
  assert(eqT(m, 0.5) and eqT(e, -1073))
  m, e = math.frexp(0.0)
  assert(eqT(m, 0.0) and eqT(e, 0))
  m, e = math.frexp(math.huge)
  assert(m == math.huge and e == 0)
  assert(eqT(math.ldexp(0.5, 4), 8.0) and eqT(math.ldexp(1, -1074), 5e-324) and math.ldexp(1, 1024) == math.huge)
  assert(eqT(math.ldexp(3, 2^40), 3.0))  -- the exponent is cut to a C int
end

-- ---- argument order of errors -----------------------------------------------------------
-- the reference checks fmod's second argument first (the C compiler's evaluation order)
assert(err(math.fmod, {}, {}) == "bad argument #2 to 'math.fmod' (number expected, got table)")
assert(err(math.fmod) == "bad argument #2 to 'math.fmod' (number expected, got no value)")
assert(err(math.fmod, {}, 2) == "bad argument #1 to 'math.fmod' (number expected, got table)")
if math.atan2 then assert(math.atan2 == math.atan) end
