-- Tests of the os library. Prints nothing on success; also passes under the reference
-- interpreter (lua5.4). Fixed dates are checked in UTC ("!"); local dates only through
-- relations that hold in every time zone.

-- the error message of f(...), which must fail
local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "call should have failed")
  return msg
end

-- ---- os.date: every conversion --------------------------------------------------------
do
  local t = 1000000000 -- Sun Sep  9 01:46:40 2001 UTC
  local expected = {
    a = "Sun", A = "Sunday", b = "Sep", B = "September", c = "Sun Sep  9 01:46:40 2001",
    C = "20", d = "09", D = "09/09/01", e = " 9", F = "2001-09-09", g = "01", G = "2001",
    h = "Sep", H = "01", I = "01", j = "252", m = "09", M = "46", n = "\n", p = "AM",
    r = "01:46:40 AM", R = "01:46", S = "40", t = "\t", T = "01:46:40", u = "7", U = "36",
    V = "36", w = "0", W = "36", x = "09/09/01", X = "01:46:40", y = "01", Y = "2001",
    z = "+0000", Z = "GMT", ["%"] = "%",
    Ec = "Sun Sep  9 01:46:40 2001", EC = "20", Ex = "09/09/01", EX = "01:46:40", Ey = "01",
    EY = "2001", Od = "09", Oe = " 9", OH = "01", OI = "01", Om = "09", OM = "46", OS = "40",
    Ou = "7", OU = "36", OV = "36", Ow = "0", OW = "36", Oy = "01",
  }
  for conv, want in pairs(expected) do
    local got = os.date("!%" .. conv, t)
    assert(got == want, conv .. ": " .. got)
  end
  assert(os.date("!%c", 0) == "Thu Jan  1 00:00:00 1970")
  assert(os.date("!%I %p %r", 43200 + 3600 * 13) == "01 AM 01:00:00 AM")
  assert(os.date("!%I %p", 12 * 3600) == "12 PM" and os.date("!%I %p", 0) == "12 AM")
  -- ISO weeks at year boundaries
  assert(os.date("!%G-W%V-%u", 1104537600) == "2004-W53-6")   -- 2005-01-01
  assert(os.date("!%G-W%V-%u", 1230768000) == "2009-W01-4")   -- 2009-01-01
  assert(os.date("!%G-W%V-%u", 1230681600) == "2009-W01-3")   -- 2008-12-31
  assert(os.date("!%g %U %W %j", 1230681600) == "09 52 52 366")
  -- years before 1000, negative years, far ones
  assert(os.date("!%Y|%C|%y|%F", -62135596800) == "1|0|01|1-01-01")
  assert(os.date("!%Y|%C|%y|%G|%g", -62198755200) == "-1|-1|99|-2|98")
  assert(os.date("!%Y", 2^40) == "36812")
  -- plain text, NULs, '!'
  assert(os.date("") == "" and os.date("!") == "" and os.date("\0\0") == "\0\0")
  assert(os.date("!\0%Y\0", 0) == "\0" .. "1970\0")
  assert(os.date(string.rep("%", 200)) == string.rep("%", 100))
  local x = string.rep("a", 10000)
  assert(os.date(x) == x)
  assert(type(os.date()) == "string" and os.date() == os.date("%c"))
  -- invalid conversions
  for _, bad in ipairs{"%", "%9", "%O", "%E", "%Ea", "%Ez", "%Oz", "%q", "%#c", "%-d", "%Ex%"} do
    local m = err(os.date, bad)
    assert(m:find("bad argument #1 to '[%w.]*date' %(invalid conversion specifier '%%"), m)
  end
  assert(err(os.date, "%Ezabc"):find("invalid conversion specifier '%Ezabc'", 1, true))
  assert(err(os.date, "a%\0b"):find("invalid conversion specifier '%'", 1, true))
  assert(err(os.date, "%Y", 1.5):find("bad argument #2 to '[%w.]*date' %(number has no integer representation%)"))
  assert(err(os.date, "%Y", {}):find("number expected, got table"))
  assert(err(os.date, "%Y", 2^60):find("date result cannot be represented in this installation"))
end

-- ---- date tables ----------------------------------------------------------------------------
do
  local d = os.date("!*t", 951782400) -- 2000-02-29 00:00:00
  assert(d.year == 2000 and d.month == 2 and d.day == 29 and d.hour == 0 and d.min == 0 and
         d.sec == 0 and d.wday == 3 and d.yday == 60 and d.isdst == false)
  assert(os.date("!*t\0ignored", 0).year == 1970)
  for _, t in ipairs{0, 1, 1000, 0x7fffffff, 0x80000000, 1e9, os.time()} do
    local l = os.date("*t", t)
    assert(os.time(l) == t)
    assert(type(l.isdst) == "boolean")
    assert(os.date("%Y %m %d %H %M %S %w %j", t) == string.format("%d %02d %02d %02d %02d %02d %d %03d",
      l.year, l.month, l.day, l.hour, l.min, l.sec, l.wday - 1, l.yday))
  end
end

-- ---- os.time --------------------------------------------------------------------------------
do
  local now = os.time()
  assert(math.type(now) == "integer")
  local D = os.date("*t")
  D.isdst = nil
  assert(math.abs(os.time(D) - now) <= 1)
  -- fields are normalised in place, as mktime does
  local t = {year = 2005, month = 1, day = 1, hour = 1, min = 0, sec = -3602}
  os.time(t)
  assert(t.day == 31 and t.month == 12 and t.year == 2004 and t.hour == 23 and t.min == 59 and
         t.sec == 58 and t.yday == 366 and t.wday == 6)
  t = {year = 2000, month = 13, day = 0, hour = 12}
  os.time(t)
  assert(t.year == 2000 and t.month == 12 and t.day == 31)
  t = {year = 2000, month = -25, day = 400}
  os.time(t)
  assert(t.year == 1998 and t.month == 12 and t.day == 5)
  -- differences do not depend on the zone (away from summer-time changes)
  local t1 = os.time{year = 2000, month = 10, day = 1, hour = 23, min = 12}
  local t2 = os.time{year = 2000, month = 10, day = 1, hour = 23, min = 10, sec = 19}
  assert(os.difftime(t1, t2) == 60 * 2 - 19)
  assert(os.time{year = 2000, month = 1, day = 1} - os.time{year = 2000, month = 1, day = 1, hour = 0} == 12 * 3600)
  assert(os.time{year = "2000", month = "1", day = 1.0} == os.time{year = 2000, month = 1, day = 1})
  -- __index is honoured
  local proxy = setmetatable({}, {__index = {year = 2001, month = 2, day = 3}})
  assert(os.time(proxy) == os.time{year = 2001, month = 2, day = 3})
  -- errors
  assert(err(os.time, {hour = 12}):find("field 'year' missing in date table"))
  assert(err(os.time, {year = 2000, month = 1}):find("field 'day' missing in date table"))
  assert(err(os.time, {year = 2000, day = 1}):find("field 'month' missing in date table"))
  assert(err(os.time, {month = 1, day = 1}):find("field 'year' missing in date table"))
  assert(err(os.time, {year = 1000, month = 1, day = 1, hour = 'x'}):find("field 'hour' is not an integer"))
  assert(err(os.time, {year = 1000, month = 1, day = 1, min = 1.5}):find("field 'min' is not an integer"))
  assert(err(os.time, {year = -(1 << 31) + 1899, month = 1, day = 1}):find("field 'year' is out-of-bound", 1, true))
  assert(err(os.time, {year = (1 << 31) + 1900, month = 1, day = 1}):find("field 'year' is out-of-bound", 1, true))
  assert(err(os.time, {year = 0, month = 1, day = 2^32}):find("field 'day' is out-of-bound", 1, true))
  assert(err(os.time, {year = 0, month = -((1 << 31) + 1), day = 1}):find("field 'month' is out-of-bound", 1, true))
  assert(err(os.time, {year = math.mininteger, month = 1, day = 1}):find("out-of-bound", 1, true))
  assert(err(os.time, 5):find("bad argument #1 to '[%w.]*time' %(table expected, got number%)"))
  -- large dates
  local t0 = os.time{year = 1970, month = 1, day = 0}
  local t3 = os.time{year = 1970, month = 1, day = 0, sec = (1 << 31) - 1}
  assert(t3 - t0 == (1 << 31) - 1)
  assert(tonumber(os.date("%Y", 2^55)))
end

-- ---- difftime, clock, getenv, setlocale, tmpname ------------------------------------------
do
  assert(os.difftime(10, 3) == 7.0 and math.type(os.difftime(1, 1)) == "float")
  assert(os.difftime(3, 10) == -7)
  assert(err(os.difftime, 1):find("bad argument #2 to '[%w.]*difftime' %(number expected, got no value%)"))
  assert(err(os.difftime, 1.5, 1):find("number has no integer representation"))
  local c = os.clock()
  assert(math.type(c) == "float" and c >= 0)
  assert(type(os.getenv("PATH")) == "string")
  assert(os.getenv("PANLUA_SURELY_UNSET_VARIABLE") == nil)
  assert(err(os.getenv):find("bad argument #1 to '[%w.]*getenv' %(string expected, got no value%)"))
  assert(os.setlocale() == "C" and os.setlocale("C") == "C" and os.setlocale("POSIX") == "C")
  assert(os.setlocale(nil, "time") == "C" and os.setlocale("C", "numeric") == "C")
  assert(os.setlocale("xx_YY.nothing") == nil)
  assert(err(os.setlocale, "C", "bad"):find("bad argument #2 to '[%w.]*setlocale' %(invalid option 'bad'%)"))
  local name = os.tmpname()
  assert(name:find("^/tmp/lua_") and io.open(name):close())
  assert(os.tmpname() ~= name)
  -- remove and rename
  local other = name .. ".moved"
  assert(os.rename(name, other) == true)
  local r, m, e = os.rename(name, other)
  assert(r == nil and m == "No such file or directory" and e == 2)
  r, m, e = os.remove(name)
  assert(r == nil and m == name .. ": No such file or directory" and e == 2)
  assert(os.remove(other) == true)
end

-- ---- execute and exit ----------------------------------------------------------------------
do
  assert(os.execute() == true)
  local function ex(cmd, ok, what, code)
    local a, b, c = os.execute(cmd)
    assert(a == ok and b == what and c == code, cmd)
  end
  ex("exit 0", true, "exit", 0)
  ex("exit 3", nil, "exit", 3)
  ex("exit 129", nil, "exit", 129)
  ex("kill -s HUP $$", nil, "signal", 1)
  ex("kill -s KILL $$", nil, "signal", 9)
  ex("not-to-be-found-command 2>/dev/null", nil, "exit", 127)
  assert(err(os.exit, "x"):find("bad argument #1 to '[%w.]*exit' %(number expected, got string%)"))
  assert(err(os.exit, 1.5):find("number has no integer representation"))
end
