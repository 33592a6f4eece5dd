-- package.searchpath tries empty templates too (they name the empty file).
local s, err = package.searchpath("x", "a;;b")
assert(s == nil and err == "no file 'a'\n\tno file ''\n\tno file 'b'")
