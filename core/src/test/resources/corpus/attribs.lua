-- Local attributes.
local x <const> = 42
local s <const> = "text"
local n <const> = nil
local b <const> = true
local y <const> = x * 2 + 1
local a <const>, c <const> = 1, 2
do
  local f <close> = nil
  local g <close> = setmetatable({}, {__close = function() end})
end
local function uses()
  return x + y
end
local t <const> = {}
t.field = 1
local x = 5
x = 6
