-- Helpers for the pack test generators: each prints Java case lines computed by the
-- reference interpreter. Regenerate the test classes with gen.sh (needs lua5.4).
local M = {}

local function jstr(s)
  local out = {}
  for i = 1, #s do
    local c = s:byte(i)
    if c == 34 then out[#out+1] = '\\"'
    elseif c == 92 then out[#out+1] = '\\\\'
    elseif c >= 32 and c < 127 then out[#out+1] = string.char(c)
    else out[#out+1] = string.format("\\%03o", c) end
  end
  return '"' .. table.concat(out) .. '"'
end
M.jstr = jstr

local function bits(x) return string.unpack("<i8", string.pack("<d", x)) end

local function jlit(v)
  if math.type(v) == "integer" then return tostring(v) .. "L"
  elseif math.type(v) == "float" then return string.format("d(0x%016xL)", bits(v))
  else return jstr(v) end
end

local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
M.hex = hex

local function norm(msg)
  msg = tostring(msg)
  msg = msg:gsub("'string%.(%a+)'", "'%1'")
  return "!" .. msg
end

function M.p(fmt, ...)
  local ok, r = pcall(string.pack, fmt, ...)
  local exp = ok and hex(r) or norm(r)
  local args = {}
  for i = 1, select("#", ...) do args[#args+1] = jlit((select(i, ...))) end
  local a = #args > 0 and (", " .. table.concat(args, ", ")) or ""
  print(string.format("                p(%s, %s%s),", jstr(fmt), jstr(exp), a))
end

local function render(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n - 1 do
    local v = select(i, ...)
    if math.type(v) == "integer" then parts[#parts+1] = "i:" .. v
    elseif math.type(v) == "float" then parts[#parts+1] = string.format("n:%016x", bits(v))
    else parts[#parts+1] = "s:" .. hex(v) end
  end
  parts[#parts+1] = "=" .. select(n, ...)
  return table.concat(parts, " ")
end

function M.u(fmt, data, init)
  local res = table.pack(pcall(string.unpack, fmt, data, init))
  local exp = res[1] and render(table.unpack(res, 2, res.n)) or norm(res[2])
  print(string.format("                u(%s, %s, %dL, %s),", jstr(fmt), jstr(hex(data)), init or 1, jstr(exp)))
end

function M.z(fmt)
  local ok, r = pcall(string.packsize, fmt)
  print(string.format("                z(%s, %s),", jstr(fmt), jstr(ok and tostring(r) or norm(r))))
end

return M
