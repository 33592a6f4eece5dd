-- Runs one file of the official Lua 5.4 test suite the way the suite's all.lua runs it for
-- user builds (_U = true): long, non-portable and internal tests off, no messages about
-- skipped tests. Usage (from the test directory): panlua official-prelude.lua FILE [plain]
-- With "plain", or when string.dump is missing, the file runs from its source; otherwise
-- from a dumped and reloaded copy, as all.lua does for most files.
local file, mode = ...
assert(file, "usage: official-prelude.lua FILE [plain]")

_U = true
_soft = true
_port = true
_nomsg = true
T = nil
debug = nil
_G.ARG = arg

-- all.lua's helper for reporting tests not performed (silent with _nomsg)
function Message (m)
  if not _nomsg then print(m) end
end

-- Files all.lua runs from source, and files it dumps stripped.
local fromSource = {["strings.lua"] = true, ["literals.lua"] = true, ["gc.lua"] = true}
local stripped = {["code.lua"] = true, ["goto.lua"] = true, ["sort.lua"] = true, ["verybig.lua"] = true}
-- What all.lua checks of the values some files return.
local expected = {["attrib.lua"] = 27, ["locals.lua"] = 5, ["events.lua"] = 12, ["verybig.lua"] = 10}

local chunk = assert(loadfile(file))
if mode ~= "plain" and not fromSource[file] and string and string.dump then
  chunk = assert(load(string.dump(chunk, stripped[file])))
end
local result = chunk()

if file == "calls.lua" then
  assert(result == deep and deep, "calls.lua did not return 'deep'")
elseif expected[file] ~= nil then
  assert(result == expected[file], file .. " returned " .. tostring(result) .. ", not " .. expected[file])
end

-- The runner counts a file as passed only when this line is printed: a run that ends early
-- with status 0 (a bug that stops the program silently) is a failure.
io.stderr:write("\nofficial-prelude: completed ", file, "\n")
