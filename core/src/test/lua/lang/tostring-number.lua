-- A __tostring result that is a number is accepted and converted (5.4.8's luaL_tolstring
-- checks lua_isstring, true for numbers; 5.4.4 returned the number itself).
local t = setmetatable({}, {__tostring = function () return 10 end})
assert(tostring(t) == "10")
