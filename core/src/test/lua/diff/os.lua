-- The os library against the reference: every strftime conversion (with the E and O
-- modifiers) for many times in UTC and in the local zone (its abbreviation, %Z, only for UTC:
-- the names of some zones differ between the C library and the JDK), date tables, os.time's
-- normalisation and its errors, difftime, setlocale, getenv and how commands end.
local convs = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%"
local all = {}
for c in convs:gmatch(".") do all[#all + 1] = "%" .. c end
for _, c in ipairs{"Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy"} do
  all[#all + 1] = "%" .. c
end
local fmt = table.concat(all, "|")
local times = {0, 1, -1, 86399, 86400, 951782400, 951868800, 1e9, 1234567890, 2^31 - 1, 2^31, -2^31, 4102444800,
  -62135596800, -62135596801, -62198755200, 253402300799, 253402300800, 2^40, -2^40, 1704067199, 1704067200, 1735603200,
  1609459199, 1609459200, 1230768000, 1230767999, 1262304000, 978307200}
for y = 1995, 2030 do for _, md in ipairs{{1,1},{1,3},{12,28},{12,31},{6,15}} do
  times[#times + 1] = os.time{year = y, month = md[1], day = md[2], hour = 0}
end end
for _, t in ipairs(times) do
  print(t, os.date("!" .. fmt, t))
  print(t, os.date((fmt:gsub("|%%Z", "")), t))
  local d = os.date("!*t", t)
  print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
  d = os.date("*t", t)
  print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
end
print(os.date("", 0), os.date("!", 0), os.date("\0%Y\0", 0), os.date("!*t\0junk", 0).year, os.date("*tx", 0))
for _, bad in ipairs{"%", "%E", "%O", "%Ez", "%Ezabc", "%Oz", "%9", "%q", "a%\0b", "%E\0", "%#c", "%-d", "%Ea"} do
  print(pcall(os.date, bad, 0))
end
print(pcall(os.date, "%Y", 2^60))
print(pcall(os.date, "%Y", -2^60))
print(pcall(os.date, "*t", 1.5))
print(pcall(os.date, "*t", "x"))
print(pcall(function() return os.date("*t", "10").year end))
print(pcall(os.date, {}))
print(pcall(os.date, "%Y", math.maxinteger))
print(os.date("%Y", 2^55), os.date("!%Y %j", -2^55))

local function tm(t)
  local ok, r = pcall(os.time, t)
  if type(t) == "table" and ok then
    print(r, t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
  else
    print(ok, r)
  end
end
tm{year = 2000, month = 1, day = 1}
tm{year = 2000, month = 13, day = 1}
tm{year = 2000, month = 0, day = 0}
tm{year = 2000, month = -25, day = 400, hour = -5, min = 3000, sec = -100000}
tm{year = 2005, month = 1, day = 1, hour = 1, min = 0, sec = -3602}
tm{year = 1970, month = 1, day = 1, hour = 0}
tm{year = 1969, month = 12, day = 31, hour = 23, min = 59, sec = 59}
tm{year = 1969, month = 12, day = 31, hour = 23, min = 59, sec = 58}
tm{year = 2024, month = 2, day = 30, isdst = true}
tm{year = 2024, month = 2, day = 30, isdst = false}
tm{year = "2024", month = "3", day = 1.0}
tm{year = 2024, month = 3}
tm{year = 2024, day = 3}
tm{month = 3, day = 3}
tm{year = 2024, month = 3, day = 3, hour = "x"}
tm{year = 2024, month = 3, day = 3, min = 1.5}
tm{year = 2024, month = 3, day = 3, sec = {}}
tm{year = 2^31 + 1900, month = 1, day = 1}
tm{year = 2^31 + 1899, month = 1, day = 1}
tm{year = -2^31 + 1900, month = 1, day = 1}
tm{year = -2^31 + 1899, month = 1, day = 1}
tm{year = 2000, month = 2^31, day = 1}
tm{year = 2000, month = 2^31 + 1, day = 1}
tm{year = 2000, month = 1, day = 2^31}
tm{year = 2000, month = 1, day = -2^31}
tm{year = 2000, month = 1, day = -2^31 - 1}
tm{year = (1 << 31) + 1899, month = 12, day = 31, hour = 23, min = 59, sec = 59}
tm{year = (1 << 31) + 1899, month = 12, day = 31, hour = 23, min = 59, sec = 60}
tm{year = math.mininteger, month = 1, day = 1}
tm{year = 1e300, month = 1, day = 1}
tm(setmetatable({}, {__index = function(_, k) return ({year = 2001, month = 2, day = 3})[k] end}))
tm(5)
print(os.difftime(10, 3), os.difftime(3, 10), math.type(os.difftime(1, 1)))
print(pcall(os.difftime, 1))
print(pcall(os.difftime, 1.5, 1))
print(pcall(os.difftime, "10", "3"))
print(math.type(os.time()), math.type(os.clock()))
print(os.setlocale(), os.setlocale("C"), os.setlocale("POSIX"), os.setlocale("xx_YY"), os.setlocale(nil, "time"), os.setlocale("C", "numeric"))
print(pcall(os.setlocale, "C", "bad"))
print(os.getenv("HOME") ~= nil, os.getenv("PANLUA_SURELY_UNSET_VAR"))
print(pcall(os.getenv))
print(os.execute("exit 0"))
print(os.execute("exit 1"))
print(os.execute("exit 255"))
print(os.execute("kill -s HUP $$"))
print(os.execute("kill -s TERM $$"))
print(os.execute("not-a-command-xyz 2>/dev/null"))
print(os.execute())
print(pcall(os.exit, "x"))
print(pcall(os.exit, 1.5))
local tmp = os.tmpname()
print(type(tmp), io.open(tmp):close(), os.remove(tmp))
