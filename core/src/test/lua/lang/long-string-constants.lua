-- Equal long-string literals of one chunk are one string object (the lexer keeps one copy),
-- visible through string.format("%p").
local s = "01234567890123456789012345678901234567890123456789"
local function f() return "01234567890123456789012345678901234567890123456789" end
assert(string.format("%p", s) == string.format("%p", f()))
-- a string built at run time is another object
local built = "0123456789" .. "0123456789012345678901234567890123456789"
assert(built == s and string.format("%p", built) ~= string.format("%p", s))
