-- Mandelbrot: iterates z = z^2 + c over an n x n grid of [-1.5, 0.5] x [-1, 1] and counts
-- the points that stay bounded for 50 iterations; pure float arithmetic in nested loops.
-- Argument: n (default 1400). Prints the count of points in the set and a checksum of
-- where they are (instead of writing the bitmap).
-- @quick 40

local n = tonumber(arg and arg[1]) or 1400
local iterations = 50
local limit2 = 4.0

local inside, checksum = 0, 0
for y = 0, n - 1 do
  local ci = 2.0 * y / n - 1.0
  local row = 0
  for x = 0, n - 1 do
    local cr = 2.0 * x / n - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local escaped = false
    for _ = 1, iterations do
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2 = zr * zr
      zi2 = zi * zi
      if zr2 + zi2 > limit2 then
        escaped = true
        break
      end
    end
    if not escaped then
      inside = inside + 1
      row = row + x + 1
    end
  end
  checksum = (checksum * 31 + row) % 1000000007
end
print(string.format("mandelbrot %d: inside %d checksum %d", n, inside, checksum))
