do goto x end

local a