-- string.find, match, gmatch, gsub through the library: arguments, results, replacements,
-- errors. Prints nothing on success; expected values come from the reference interpreter.

local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "no error")
  return msg
end

local function eq(a, b)
  if a ~= b then error("expected " .. tostring(b) .. ", got " .. tostring(a), 2) end
end

-- Results of f(...) joined with commas, so counts and types show.
local function all(...)
  local t = table and table.pack and table.pack(...) or {n = select("#", ...), ...}
  local out = ""
  for i = 1, t.n do
    local v = t[i]
    out = out .. (i > 1 and "," or "") .. (type(v) == "string" and "'" .. v .. "'" or tostring(v))
  end
  return out
end

-- find
eq(all(string.find("123456789", "345")), "3,5")
eq(all(string.find("1234567890123456789", "345", 4)), "13,15")
eq(all(string.find("1234567890123456789", ".45", -9)), "13,15")
eq(all(string.find("abcdefg", "\0", 5, 1)), "nil")
eq(all(string.find("", "")), "1,0")
eq(all(string.find("", "", 1)), "1,0")
eq(all(string.find("", "", 2)), "nil")
eq(all(string.find("abc", "", 4)), "4,3")
eq(all(string.find("abc", "", 10)), "nil")
eq(all(string.find("alo(.)alo", "(.)", 1, 1)), "4,6")
eq(all(string.find("alo(.)alo", "(.)", 1, true)), "4,6")
eq(all(string.find("hello world", "(o)(r)")), "8,9,'o','r'")
eq(all(string.find("hello world", "()ll()")), "3,4,3,5")
eq(all(string.find("hello", "l+")), "3,4")
eq(all(string.find("hello", "^h")), "1,1")
eq(all(string.find("hello", "^e")), "nil")
eq(all(string.find("hello", "^e", 2)), "2,2")
eq(all(string.find("a.b", ".", 1, true)), "2,2")
eq(all(string.find("a.b", "%.")), "2,2")
eq(all(string.find(12345, 34)), "3,4")
eq(all(string.find("abc", "b", -1)), "nil")
eq(all(string.find("abc", "b", -100)), "2,2")
eq(all(("x=1, y=2"):find("(%w+)=(%w+)", 3)), "6,8,'y','2'")

-- match
eq(all(string.match("hello world", "%w+")), "'hello'")
eq(all(string.match("hello world", "(%w+) (%w+)")), "'hello','world'")
eq(all(string.match("key = value", "(%w+)%s*=%s*(%w+)")), "'key','value'")
eq(all(string.match("hello", "()ll()")), "3,5")
eq(all(string.match("hello", "xyz")), "nil")
eq(all(string.match("hello", ".-(l+)(.*)")), "'ll','o'")
eq(all(string.match("  trim  ", "^%s*(.-)%s*$")), "'trim'")
eq(all(string.match("abc", "", 10)), "nil")
eq(all(string.match("abc", "()", 4)), "4")
eq(all(string.match("[[x]]", "%[(%b[])%]")), "'[x]'")
eq(all(string.match("THE (quick) fox", "%f[%a]%a+", 5)), "'quick'")
eq(all(string.match("a\0b", "%z")), "'\0'")
eq(all(string.match("aaa", "(a)%1")), "'a'")

-- gmatch
local words = {}
for w in string.gmatch("one two  three", "%a+") do words[#words + 1] = w end
eq(#words, 3); eq(words[3], "three")
local pairs_ = ""
for k, v in string.gmatch("a=1, b=2", "(%w+)=(%w+)") do pairs_ = pairs_ .. k .. v .. ";" end
eq(pairs_, "a1;b2;")
local n = 0
for _ in string.gmatch("abc", "") do n = n + 1 end
eq(n, 4)
local s = ""
for w in string.gmatch("abc", "()") do s = s .. w end
eq(s, "1234")
s = ""
for w in string.gmatch("hello world from lua", "%a+", 7) do s = s .. w .. "," end
eq(s, "world,from,lua,")
s = ""
for w in string.gmatch("hello", ".", -2) do s = s .. w end
eq(s, "lo")
s = ""
for w in string.gmatch("hello", ".", 100) do s = s .. w end
eq(s, "")
s = ""
for w in string.gmatch("^a^b", "^.") do s = s .. w .. "," end
eq(s, "^a,^b,")  -- no anchor in gmatch
s = ""
for a in string.gmatch("abc", "%a*") do s = s .. "[" .. a .. "]" end
eq(s, "[abc]")
local it = string.gmatch("x1 y2", "%a(%d)")
eq(it(), "1"); eq(it(), "2"); eq(it(), nil); eq(it(), nil)

-- gsub with a string replacement
eq(all(string.gsub("hello world", "o", "0")), "'hell0 w0rld',2")
eq(all(string.gsub("hello world", "o", "0", 1)), "'hell0 world',1")
eq(all(string.gsub("hello world", "o", "0", 0)), "'hello world',0")
eq(all(string.gsub("hello world", "o", "0", -1)), "'hello world',0")
eq(all(string.gsub("hello world", "(%w+)", "<%1>")), "'<hello> <world>',2")
eq(all(string.gsub("hello world", "%w+", "%0 %0", 1)), "'hello hello world',1")
eq(all(string.gsub("hello", "", "-")), "'-h-e-l-l-o-',6")
eq(all(string.gsub("abc", "%w", "%%")), "'%%%',3")
eq(all(string.gsub("abc", "b()", "%1")), "'a3c',1")
eq(all(string.gsub("abc", "^.", "X")), "'Xbc',1")
eq(all(string.gsub("abc", "x*", "-")), "'-a-b-c-',4")
eq(all(string.gsub("abc", ".", 5)), "'555',3")
eq(all(string.gsub("abc", ".", 1.5)), "'1.51.51.5',3")
eq(all(string.gsub(123, 2, 0)), "'103',1")
eq(all(string.gsub("a b", " ", "%1")), "'a b',1")

-- gsub with a table
local t = {name = "lua", version = 5.4, yes = true}
eq(all(string.gsub("$name $version $none", "%$(%w+)", t)), "'lua 5.4 $none',3")
eq(all(string.gsub("abc", "%w", {a = 1, b = false})), "'1bc',3")
eq(all(string.gsub("abc", "()", {[1] = "x", [4] = "y"})), "'xabcy',4")
local mt = setmetatable({}, {__index = function (_, k) return k:upper() end})
eq(all(string.gsub("abc", "%w", mt)), "'ABC',3")
eq(err(string.gsub, "abc", "%w", {a = {}}), "invalid replacement value (a table)")
eq(err(string.gsub, "abc", "%w", {a = true}), "invalid replacement value (a boolean)")

-- gsub with a function
eq(all(string.gsub("hello world", "%w+", function (w) return w:upper() end)), "'HELLO WORLD',2")
eq(all(string.gsub("hello world", "%w+", function () end)), "'hello world',2")
eq(all(string.gsub("abc", "%w", function (c) return c == "b" and 42 end)), "'a42c',3")
eq(all(string.gsub("a=1,b=2", "(%w)=(%w)", function (k, v) return v .. k end)), "'1a,2b',2")
eq(all(string.gsub("abc", "()b()", function (p, q) return p .. q end)), "'a23c',1")
eq(all(string.gsub("x", "x", function (...) return select("#", ...) end)), "'1',1")
eq(all(string.gsub("abc", "%w", function (c) return string.gsub(c, "%w", "%0%0") end)), "'aabbcc',3")
eq(err(string.gsub, "abc", "%w", function () return {} end), "invalid replacement value (a table)")
eq(err(string.gsub, "abc", "%w", function () error("inner") end):match("inner$"), "inner")

-- results keep the original string when nothing changed
local long = string.rep("x", 100)
eq(select(2, string.gsub(long, "y", "z")), 0)
eq(string.gsub(long, "x", {}), long)

-- errors of the arguments
eq(err(string.find), "bad argument #1 to 'string.find' (string expected, got no value)")
eq(err(string.find, "x"), "bad argument #2 to 'string.find' (string expected, got no value)")
eq(err(string.find, "x", "x", 1.5), "bad argument #3 to 'string.find' (number has no integer representation)")
eq(err(string.match, "x", {}), "bad argument #2 to 'string.match' (string expected, got table)")
eq(err(string.gmatch, "x"), "bad argument #2 to 'string.gmatch' (string expected, got no value)")
eq(err(string.gsub, "x", "x"), "bad argument #3 to 'string.gsub' (string/function/table expected, got no value)")
eq(err(string.gsub, "x", "x", true), "bad argument #3 to 'string.gsub' (string/function/table expected, got boolean)")
eq(err(string.gsub, "x", "x", "y", 1.5), "bad argument #4 to 'string.gsub' (number has no integer representation)")
eq(err(string.gsub, "x", "x", nil, "y"), "bad argument #4 to 'string.gsub' (number expected, got string)")

-- errors of patterns and replacements
eq(err(string.find, "a", "%"), "malformed pattern (ends with '%')")
eq(err(string.find, "a", "[a"), "malformed pattern (missing ']')")
eq(err(string.find, "a", "(a"), "unfinished capture")
eq(err(string.match, "a", "a)"), "invalid pattern capture")
eq(all(string.find("a)", "a)")), "1,2")  -- no special byte: a plain search
eq(err(string.match, "a", "%1"), "invalid capture index %1")
eq(err(string.find, "a", "%b"), "malformed pattern (missing arguments to '%b')")
eq(err(string.find, "a", "%f"), "missing '[' after '%f' in pattern")
eq(err(string.gsub, "alo", ".", "%2"), "invalid capture index %2")
eq(err(string.gsub, "alo", ".", "%x"), "invalid use of '%' in replacement string")
eq(err(string.gsub, "alo", "(%a)", "%2"), "invalid capture index %2")
eq(err(string.find, string.rep("a", 300), string.rep("(a)", 33)), "too many captures")
eq(err(string.match, string.rep("a", 300), string.rep(".?", 300) .. "b"), "pattern too complex")
eq(all(string.find("a", "%", 5)), "nil")  -- beyond the subject: the pattern is never read

-- the position of errors raised inside the library is the caller's
local ok, msg = pcall(function () return ("x"):find("%") end)
assert(not ok and msg:find("^.-pattern%.lua:%d+: malformed pattern") ~= nil)
ok, msg = pcall(function () return ("x"):gsub("x", true) end)
assert(not ok and msg:find("pattern%.lua:%d+: bad argument #2 to 'gsub' %(string/function/table expected, got boolean%)$") ~= nil)
