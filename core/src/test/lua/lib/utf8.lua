-- Tests of the utf8 library. Prints nothing on success; also passes under the reference
-- interpreter (lua5.4). Checks of Lua 5.4.8 behaviour that older 5.4 releases lack run when
-- the global LUA_548 is set (the Panlua test runner sets it).

local minI, maxI = math.mininteger, math.maxinteger

local function err(f, ...)
  local ok, msg = pcall(f, ...)
  assert(not ok, "call should have failed")
  return msg
end

local function pack(...) return {n = select('#', ...), ...} end

local function same(a, b)
  if a.n ~= b.n then return false end
  for i = 1, a.n do if a[i] ~= b[i] then return false end end
  return true
end

-- ---- charpattern ----------------------------------------------------------------------
assert(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*" and #utf8.charpattern == 14)

-- ---- char -----------------------------------------------------------------------------
assert(utf8.char() == "")
assert(utf8.char(72) == "H" and utf8.char(0) == "\0")
assert(utf8.char(0, 97, 98, 99, 1) == "\0abc\1")
assert(utf8.char(0x7F, 0x80, 0x7FF, 0x800) == "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80")
assert(utf8.char(0xFFFF, 0x10000, 0x10FFFF) == "\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF")
assert(utf8.char(0x4E2D, 0x6587) == "\u{4E2D}\u{6587}" and utf8.char(0x4E2D) == "\xE4\xB8\xAD")
assert(utf8.char(0xD800) == "\xED\xA0\x80")  -- surrogates can be encoded
assert(utf8.char(0x200000) == "\xF8\x88\x80\x80\x80" and utf8.char(0x3FFFFFF) == "\xFB\xBF\xBF\xBF\xBF")
assert(utf8.char(0x4000000) == "\xFC\x84\x80\x80\x80\x80" and utf8.char(0x7FFFFFFF) == "\u{7FFFFFFF}")
assert(utf8.char(0x7FFFFFFF) == "\xFD\xBF\xBF\xBF\xBF\xBF")
assert(utf8.char("65", 66.0) == "AB")
assert(err(utf8.char, 0x80000000) == "bad argument #1 to 'utf8.char' (value out of range)")
assert(err(utf8.char, 1, -1) == "bad argument #2 to 'utf8.char' (value out of range)")
assert(err(utf8.char, minI) == "bad argument #1 to 'utf8.char' (value out of range)")
assert(err(utf8.char, "x") == "bad argument #1 to 'utf8.char' (number expected, got string)")
assert(err(utf8.char, 1.5) == "bad argument #1 to 'utf8.char' (number has no integer representation)")

-- ---- codepoint ------------------------------------------------------------------------
assert(utf8.codepoint("A") == 65)
assert(same(pack(utf8.codepoint("hello", 1, -1)), pack(104, 101, 108, 108, 111)))
assert(same(pack(utf8.codepoint("\u{4E2D}\u{6587}x", 1, -1)), pack(0x4E2D, 0x6587, 120)))
assert(same(pack(utf8.codepoint("\u{4E2D}\u{6587}x", 4)), pack(0x6587)))
assert(same(pack(utf8.codepoint("abc", 3, 2)), pack()))
assert(same(pack(utf8.codepoint("abc", -1)), pack(99)))
assert(same(pack(utf8.codepoint("\u{4E2D}a", 1, 2)), pack(0x4E2D)))  -- characters starting in [i, j]
assert(utf8.codepoint("\u{10FFFF}") == 0x10FFFF and utf8.codepoint("\u{D7FF}") == 0xD7FF)
assert(utf8.codepoint("\u{E000}") == 0xE000)
assert(utf8.codepoint("\u{D800}", 1, 1, true) == 0xD800 and utf8.codepoint("\u{DFFF}", 1, 1, true) == 0xDFFF)
assert(utf8.codepoint("\u{7FFFFFFF}", 1, 1, true) == 0x7FFFFFFF)
assert(utf8.codepoint("\u{110000}", 1, 1, true) == 0x110000)
assert(err(utf8.codepoint, "\u{110000}") == "invalid UTF-8 code")
assert(err(utf8.codepoint, "\u{D800}") == "invalid UTF-8 code")
assert(err(utf8.codepoint, "\xE4\xB8") == "invalid UTF-8 code")  -- truncated
assert(err(utf8.codepoint, "\xC0\x80") == "invalid UTF-8 code")  -- overlong, even when lax
assert(err(utf8.codepoint, "\xC0\x80", 1, 1, true) == "invalid UTF-8 code")
assert(err(utf8.codepoint, "\xFE", 1, 1, true) == "invalid UTF-8 code")
assert(err(utf8.codepoint, "abc", 0) == "bad argument #2 to 'utf8.codepoint' (out of bounds)")
assert(err(utf8.codepoint, "abc", 1, 4) == "bad argument #3 to 'utf8.codepoint' (out of bounds)")
assert(err(utf8.codepoint, "abc", -4, 1) == "bad argument #2 to 'utf8.codepoint' (out of bounds)")
assert(err(utf8.codepoint, "abc", 4) == "bad argument #3 to 'utf8.codepoint' (out of bounds)")
assert(err(utf8.codepoint, {}) == "bad argument #1 to 'utf8.codepoint' (string expected, got table)")
do
  local ok, msg = pcall(load("return utf8.codepoint('\\xff')", "=chunk"))
  assert(not ok and msg == "chunk:1: invalid UTF-8 code")
end
assert(utf8.codepoint(65) == 54)  -- numbers are strings here ("65")

-- ---- len ------------------------------------------------------------------------------
assert(utf8.len("") == 0 and utf8.len("abc") == 3 and utf8.len("\u{4E2D}\u{6587}") == 2)
assert(utf8.len("\u{4E2D}\u{6587}", 4) == 1 and utf8.len("\u{4E2D}\u{6587}", 1, 3) == 1)
assert(utf8.len("abc", 4) == 0 and utf8.len("abc", -1) == 1 and utf8.len("abc", 2, 1) == 0)
assert(err(utf8.len, "abc", -10) == "bad argument #2 to 'utf8.len' (initial position out of bounds)")
do
  local function fails(s, pos, ...)
    local a, b = utf8.len(s, ...)
    assert(a == nil and b == pos)
  end
  fails("abc\xE3def", 4)
  fails("\xF4\x9F\xBF", 1)
  fails("\xF4\x9F\xBF\xBF", 1)       -- above 0x10FFFF
  fails("\u{4E2D}\x80", 4)           -- a stray continuation byte
  fails("\x80hello", 1)
  fails("hel\xBFlo", 4)
  fails("\u{4E2D}", 2, 2)            -- starting inside a character
  fails("\u{D800}", 1)
  fails("\xC1\xBF", 1)               -- overlong
  fails("\xE0\x9F\xBF", 1)
  fails("\xF0\x8F\xBF\xBF", 1)
  fails("\xFF", 1)
  assert(utf8.len("\u{D800}\u{110000}", 1, -1, true) == 2)
  assert(utf8.len("\u{7FFFFFFF}", 1, -1, true) == 1)
end
assert(err(utf8.len, "abc", 0, 2) == "bad argument #2 to 'utf8.len' (initial position out of bounds)")
assert(err(utf8.len, "abc", 5) == "bad argument #2 to 'utf8.len' (initial position out of bounds)")
assert(err(utf8.len, "abc", 1, 4) == "bad argument #3 to 'utf8.len' (final position out of bounds)")
assert(err(utf8.len, "abc", minI) == "bad argument #2 to 'utf8.len' (initial position out of bounds)")
assert(utf8.len("abc", 1, minI) == 0 and utf8.len("abc", 1, -3) == 1)

-- ---- offset ---------------------------------------------------------------------------
do
  local s = "a\u{4E2D}b\u{10FFFF}c"  -- bytes: a=1, 中=2..4, b=5, U+10FFFF=6..9, c=10
  assert(utf8.offset(s, 1) == 1 and utf8.offset(s, 2) == 2 and utf8.offset(s, 3) == 5)
  assert(utf8.offset(s, 4) == 6 and utf8.offset(s, 5) == 10 and utf8.offset(s, 6) == 11)
  assert(utf8.offset(s, 7) == nil)
  assert(utf8.offset(s, -1) == 10 and utf8.offset(s, -2) == 6 and utf8.offset(s, -5) == 1)
  assert(utf8.offset(s, -6) == nil)
  assert(utf8.offset(s, 0, 3) == 2 and utf8.offset(s, 0, 4) == 2 and utf8.offset(s, 0, 9) == 6)
  assert(utf8.offset(s, 0, 11) == 11 and utf8.offset(s, 0, 1) == 1)
  assert(utf8.offset(s, 2, 2) == 5 and utf8.offset(s, -1, 5) == 2 and utf8.offset(s, 1, 11) == 11)
  assert(utf8.offset("abc", 0) == 1 and utf8.offset("abc", 4) == 4 and utf8.offset("abc", 5) == nil)
  assert(utf8.offset("alo", 5) == nil and utf8.offset("alo", -4) == nil)
  assert(utf8.offset("", 1) == 1 and utf8.offset("", -1) == nil)
  assert(err(utf8.offset, "abc", 1, 5) == "bad argument #3 to 'utf8.offset' (position out of bounds)")
  assert(err(utf8.offset, "abc", 1, -4) == "bad argument #3 to 'utf8.offset' (position out of bounds)")
  assert(err(utf8.offset, "", 1, 2) == "bad argument #3 to 'utf8.offset' (position out of bounds)")
  assert(err(utf8.offset, s, 1, 3) == "initial position is a continuation byte")
  assert(err(utf8.offset, "\x80", 1) == "initial position is a continuation byte")
  assert(err(utf8.offset, "abc") == "bad argument #2 to 'utf8.offset' (number expected, got no value)")
end

-- ---- codes ----------------------------------------------------------------------------
do
  local function codes(s, lax)
    local ps, cs = {}, {}
    for p, c in utf8.codes(s, lax) do ps[#ps + 1] = p; cs[#cs + 1] = c end
    return ps, cs
  end
  local ps, cs = codes("a\u{4E2D}b\u{10FFFF}")
  assert(#ps == 4 and ps[1] == 1 and ps[2] == 2 and ps[3] == 5 and ps[4] == 6)
  assert(cs[1] == 97 and cs[2] == 0x4E2D and cs[3] == 98 and cs[4] == 0x10FFFF)
  ps, cs = codes("")
  assert(#ps == 0)
  ps, cs = codes("\u{D800}\u{7FFFFFFF}", true)
  assert(#ps == 2 and cs[1] == 0xD800 and cs[2] == 0x7FFFFFFF and ps[2] == 4)
  assert(not pcall(codes, "\u{D800}"))
  assert(not pcall(codes, "ab\xff"))
  assert(not pcall(codes, "\u{110000}"))
  local ok, msg = pcall(load("for p, c in utf8.codes('ab\\xff') do end", "=chunk"))
  assert(not ok and msg == "chunk:1: invalid UTF-8 code")
  -- the iterator itself, called with odd control values
  local f, s, i = utf8.codes("")
  assert(s == "" and i == 0)
  assert(f("", 2) == nil and f("", -1) == nil and f("", minI) == nil)
  assert(select('#', f("abc", 3)) == 0 and select('#', f("abc", maxI)) == 0)
  local p, c = f("abc", 1)
  assert(p == 2 and c == 98)
  p, c = f("abc", "1")
  assert(p == 2 and c == 98)
  p, c = f("\u{4E2D}x", 1)  -- skips the rest of the character at 1
  assert(p == 4 and c == 120)
  if LUA_548 then
    assert(err(utf8.codes, "\x80") == "bad argument #1 to 'utf8.codes' (invalid UTF-8 code)")
    assert(not pcall(codes, "in\x80valid"))   -- a stray continuation byte
    assert(not pcall(codes, "\u{4E2D}\xBF"))
  end
  assert(err(utf8.codes, nil) == "bad argument #1 to 'utf8.codes' (string expected, got nil)")
end
