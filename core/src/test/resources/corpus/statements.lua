-- Every statement of Lua 5.4.
local a
local b, c = 1, 2
local d <const>, e <close> = 10, nil
local f <const> = "const"
a = 1
a, b = b, a
t = {}
t.x, t[1], t["y z"] = 1, 2, 3
t.x.y = t
print("call statement")
t.x:method(1, 2)
;;;
do
  local inner = a
  do end
end
while a < 10 do
  a = a + 1
  if a == 5 then break end
end
repeat
  local r = a
  a = a - 1
until r <= 0
if a then
  b = 1
end
if a then b = 1 else b = 2 end
if a then
  b = 1
elseif c then
  b = 2
elseif d then
  b = 3
else
  b = 4
end
if a then else end
for i = 1, 10 do a = a + i end
for i = 10, 1, -1 do a = a - i end
for i = 1.0, 2.5, 0.5 do end
for k in pairs(t) do end
for k, v in next, t, nil do print(k, v) end
for _, x, y, z in ipairs({}) do end
function g() end
function t.h(x) return x end
function t.x.y.z(...) return ... end
function t:m(x) return self, x end
function t.x:m2() end
local function lf(n) if n > 0 then return lf(n - 1) end return 0 end
local function nothing() end
goto done
a = 2
::done::
do return end
