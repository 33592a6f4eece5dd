#!/usr/bin/env lua
-- A first line starting with # is skipped when loading a file.
--[[ a long
comment ]]
--[==[ a long comment
with ]] inside ]==]
--[ not a long comment
--[= not a long comment either
---[[ a short comment
local x = 1 -- trailing comment
local y = --[[ inline ]] 2
return x --[[ before end ]] + y
--
