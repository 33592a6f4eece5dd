-- goto, labels, break and scopes.
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    local k = i * j
    print(k)
    ::continue::
  end
end

do
  goto forward
  print("skipped")
  ::forward::
end

do
  local i = 1
  ::top::
  i = i + 1
  if i < 5 then goto top end
end

while true do
  local x = 1
  if x then break end
end

repeat
  local y = 2
  if y then break end
until false

do
  goto last
  local z = 1
  ::last::
end

do
  ::a:: ::b:: ;
end

local function labels()
  ::a::
  do ::b:: end
  do ::b:: end
  goto a
end

for k, v in pairs({}) do
  if k then goto next end
  local w = v
  ::next::
end
