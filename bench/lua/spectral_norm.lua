-- Spectral norm: power iteration on an infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1),
-- truncated to n x n; tight float loops over arrays and many small function calls.
-- Argument: n (default 800). Prints the approximated norm.
-- @quick 30

local n = tonumber(arg and arg[1]) or 800

local function A(i, j)
  local ij = i + j - 1
  return 1.0 / (ij * (ij - 1) * 0.5 + i)
end

-- out = A * v
local function times(out, v)
  for i = 1, n do
    local sum = 0
    for j = 1, n do sum = sum + A(i, j) * v[j] end
    out[i] = sum
  end
end

-- out = transpose(A) * v
local function times_transposed(out, v)
  for i = 1, n do
    local sum = 0
    for j = 1, n do sum = sum + A(j, i) * v[j] end
    out[i] = sum
  end
end

local function times_ata(out, v, tmp)
  times(tmp, v)
  times_transposed(out, tmp)
end

local u, v, tmp = {}, {}, {}
for i = 1, n do u[i] = 1 end
for _ = 1, 10 do
  times_ata(v, u, tmp)
  times_ata(u, v, tmp)
end

local vbv, vv = 0, 0
for i = 1, n do
  local ui, vi = u[i], v[i]
  vbv = vbv + ui * vi
  vv = vv + vi * vi
end

-- Nine decimals without "%.9f", which some implementations do not honour.
local function decimal(x)
  local scaled = math.floor(math.abs(x) * 1e9 + 0.5)
  local int = math.floor(scaled / 1e9)
  return string.format("%s%d.%09d", x < 0 and "-" or "", int, scaled - int * 1e9)
end

print(string.format("spectral_norm %d: %s", n, decimal(math.sqrt(vbv / vv))))
