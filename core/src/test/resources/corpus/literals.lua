-- Numerals and strings.
local n
n = 0
n = 42
n = 9223372036854775807
n = 9223372036854775808
n = 18446744073709551616
n = 0x10
n = 0xff
n = 0XABCDEF
n = 0x7fffffffffffffff
n = 0x8000000000000000
n = 0xffffffffffffffff
n = 0x1ffffffffffffffff
n = 3.0
n = 3.1416
n = 314.16e-2
n = 0.31416E1
n = 34e1
n = .5
n = 5.
n = 1e308
n = 1e309
n = 2e-324
n = 5e-324
n = 4.9406564584124654e-324
n = 0.1
n = 123456789012345678901234567890
n = 0x0.1E
n = 0xA23p-4
n = 0X1.921FB54442D18P+1
n = 0x.8p1
n = 0x1p-1074
n = 0x1p1024
n = 3 .. 4
local s
s = 'single'
s = "double"
s = "it's"
s = 'say "hi"'
s = "escapes: \a\b\f\n\r\t\v\\\"\'"
s = "decimal: \0\1\12\123\255 and \0651"
s = "hex: \x00\x41\xff\xFF\x7f"
s = "utf8: \u{0}\u{41}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}\u{110000}\u{7FFFFFFF}"
s = "zap: \z
       continues here"
s = "line \
continued"
s = "raw bytes: é ü 日本語 🎉"
s = [[long]]
s = [[
first newline skipped]]
s = [==[
level two with ]] and ]=] inside]==]
s = [=[a
b
c]=]
s = [[]]
s = ""
s = "\z"
s = [[with "quotes" and 'apostrophes' and \backslashes\n]]
