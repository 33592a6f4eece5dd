-- Float modulo when both operands are negative: the result keeps the divisor's sign
-- without an adjustment (fmod already has it).
local a, b = -7.5, -2
assert(a % b == -1.5)
assert(-1.0 % -3 == -1.0)
assert(-5 % -(1 / 0) == -5.0)
