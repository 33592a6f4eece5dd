-- A JSON-like encoder and decoder in pure Lua: the encoder escapes strings with gsub,
-- sorts object keys and builds its output in a buffer for table.concat; the decoder is a
-- recursive-descent parser over string.find, sub, byte and match.
-- Argument: the number of records in the document (default 3500); the document is encoded,
-- decoded and encoded again five times. Prints the length of the text, a hash of it and a
-- count of what the decoder built.
-- @quick 30

local records = tonumber(arg and arg[1]) or 3500
local rounds = 5

local byte, char, sub, find, match, format, gsub = string.byte, string.char, string.sub,
    string.find, string.match, string.format, string.gsub
local concat, sort = table.concat, table.sort

local Object = {} -- the metatable that marks a table as an object (otherwise an array)
local null = setmetatable({}, { __name = "null" })

------------------------------------------------------------------------------- encoder

local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
                  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }

local function escape_char(c)
  return escapes[c] or format("\\u%04x", byte(c))
end

-- Integers as such, other numbers with up to six decimals: the same text everywhere
-- ("%.14g" is not honoured by every implementation, and 5.4 tells floats from integers).
local function encode_number(x)
  if x == math.floor(x) and x > -2147483648 and x < 2147483648 then
    return format("%d", x)
  end
  local scaled = math.floor(math.abs(x) * 1000000 + 0.5)
  local int = math.floor(scaled / 1000000)
  local frac = format("%06d", scaled - int * 1000000):gsub("0+$", "")
  return format("%s%d.%s", x < 0 and "-" or "", int, frac)
end

local encode_into

local function encode_object(buf, t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  sort(keys)
  buf[#buf + 1] = "{"
  for i = 1, #keys do
    if i > 1 then buf[#buf + 1] = "," end
    local k = keys[i]
    buf[#buf + 1] = '"' .. gsub(k, '[%c"\\]', escape_char) .. '":'
    encode_into(buf, t[k])
  end
  buf[#buf + 1] = "}"
end

local function encode_array(buf, t)
  buf[#buf + 1] = "["
  for i = 1, #t do
    if i > 1 then buf[#buf + 1] = "," end
    encode_into(buf, t[i])
  end
  buf[#buf + 1] = "]"
end

function encode_into(buf, v)
  local kind = type(v)
  if kind == "string" then
    buf[#buf + 1] = '"' .. gsub(v, '[%c"\\]', escape_char) .. '"'
  elseif kind == "number" then
    buf[#buf + 1] = encode_number(v)
  elseif kind == "boolean" then
    buf[#buf + 1] = v and "true" or "false"
  elseif v == null then
    buf[#buf + 1] = "null"
  elseif getmetatable(v) == Object then
    encode_object(buf, v)
  else
    encode_array(buf, v)
  end
end

local function encode(v)
  local buf = {}
  encode_into(buf, v)
  return concat(buf)
end

------------------------------------------------------------------------------- decoder

local unescapes = { ['"'] = '"', ['\\'] = '\\', ['/'] = '/', b = '\b', f = '\f',
                    n = '\n', r = '\r', t = '\t' }

local nodes = 0 -- values built by the decoder, for the checksum

local function fail(s, pos, what)
  error(format("bad JSON at %d: %s near '%s'", pos, what, sub(s, pos, pos + 10)))
end

local function skip_space(s, pos)
  return find(s, "[^ \t\r\n]", pos) or #s + 1
end

local function decode_string(s, pos)
  local parts, n, i = {}, 0, pos + 1
  while true do
    local j = find(s, '["\\]', i)
    if not j then fail(s, pos, "unterminated string") end
    if j > i then
      n = n + 1
      parts[n] = sub(s, i, j - 1)
    end
    if byte(s, j) == 34 then return concat(parts), j + 1 end
    local e = sub(s, j + 1, j + 1)
    n = n + 1
    if e == "u" then
      local code = tonumber(sub(s, j + 2, j + 5), 16)
      if not code or code > 127 then fail(s, j, "unsupported escape") end
      parts[n] = char(code)
      i = j + 6
    else
      parts[n] = unescapes[e] or fail(s, j, "bad escape")
      i = j + 2
    end
  end
end

local decode_value

local function decode_array(s, pos)
  local t, n = {}, 0
  pos = skip_space(s, pos + 1)
  if byte(s, pos) == 93 then return t, pos + 1 end
  while true do
    local v
    v, pos = decode_value(s, pos)
    n = n + 1
    t[n] = v
    pos = skip_space(s, pos)
    local c = byte(s, pos)
    if c == 93 then return t, pos + 1 end
    if c ~= 44 then fail(s, pos, "',' or ']' expected") end
    pos = skip_space(s, pos + 1)
  end
end

local function decode_object(s, pos)
  local t = setmetatable({}, Object)
  pos = skip_space(s, pos + 1)
  if byte(s, pos) == 125 then return t, pos + 1 end
  while true do
    if byte(s, pos) ~= 34 then fail(s, pos, "key expected") end
    local k, v
    k, pos = decode_string(s, pos)
    pos = skip_space(s, pos)
    if byte(s, pos) ~= 58 then fail(s, pos, "':' expected") end
    v, pos = decode_value(s, skip_space(s, pos + 1))
    t[k] = v
    pos = skip_space(s, pos)
    local c = byte(s, pos)
    if c == 125 then return t, pos + 1 end
    if c ~= 44 then fail(s, pos, "',' or '}' expected") end
    pos = skip_space(s, pos + 1)
  end
end

function decode_value(s, pos)
  nodes = nodes + 1
  local c = byte(s, pos)
  if c == 34 then return decode_string(s, pos) end
  if c == 123 then return decode_object(s, pos) end
  if c == 91 then return decode_array(s, pos) end
  if c == 116 and sub(s, pos, pos + 3) == "true" then return true, pos + 4 end
  if c == 102 and sub(s, pos, pos + 4) == "false" then return false, pos + 5 end
  if c == 110 and sub(s, pos, pos + 3) == "null" then return null, pos + 4 end
  local number = match(s, "^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
  if not number then fail(s, pos, "value expected") end
  return tonumber(number), pos + #number
end

local function decode(s)
  local v, pos = decode_value(s, skip_space(s, 1))
  pos = skip_space(s, pos)
  if pos <= #s then fail(s, pos, "end of text expected") end
  return v
end

------------------------------------------------------------------------------ the data

local seed = 7
local function random(limit)
  seed = (seed * 16807) % 2147483647
  return seed % limit
end

local words = { "red", "green", "blue", "quote\"d", "back\\slash", "new\nline", "tab\there",
                "bell\7", "plain", "unicode-free" }

local function record(i)
  local tags = {}
  for j = 1, random(5) do tags[j] = words[random(#words) + 1] end
  local matrix = {}
  for r = 1, 3 do matrix[r] = { random(100), random(1000) - 500, random(7) } end
  return setmetatable({
    id = i,
    name = words[random(#words) + 1] .. " #" .. i,
    score = (random(40000) - 20000) / 16,
    ratio = random(1000000) / 1000,
    active = random(2) == 0,
    tags = tags,
    matrix = matrix,
    parent = random(3) == 0 and null or setmetatable({ id = random(i), label = "p" .. i }, Object),
  }, Object)
end

local document = setmetatable({ version = 3, title = "benchmark \"data\"", items = {} }, Object)
for i = 1, records do document.items[i] = record(i) end

-------------------------------------------------------------------------------- rounds

local M = 1000000007
local h, length = 0, 0
for _ = 1, rounds do
  local text = encode(document)
  local decoded = decode(text)
  local again = encode(decoded)
  if again ~= text then error("the decoded document encodes differently") end
  length = length + #text
  for i = 1, #text, 13 do h = (h * 31 + byte(text, i)) % M end
  document = decoded
end
print(format("json %d: length %d hash %d nodes %d", records, length, h, nodes))
