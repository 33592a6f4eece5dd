-- Operators, priorities and associativity.
local a, b, c, d, e = 1, 2, 3, 4, 5
local x
x = a + b * c - d / e
x = a + b - c + d - e
x = (a + b) * c
x = a ^ b ^ c
x = (a ^ b) ^ c
x = -a ^ b
x = (-a) ^ b
x = -a ^ -b
x = not a == b
x = not (a == b)
x = a .. b .. c .. d
x = (a .. b) .. c
x = a .. b + c .. d
x = a // b % c * d / e
x = a & b | c ~ d
x = a | b & c
x = a ~ b & c | d
x = a << b >> c << d
x = a << b + c
x = a .. b << c
x = ~a
x = ~~a
x = - -a
x = -(-a)
x = - - -a
x = a - -b
x = # "string"
x = #{1, 2, 3}
x = not not a
x = a and b or c
x = a or b and c
x = (a or b) and c
x = a < b == (c < d)
x = a <= b ~= (c >= d)
x = a > b
x = 1 < 2 == true
x = 2 ^ -3 ^ 2
x = -2 ^ 2
x = a + b .. c == d and e or not a
x = ((a))
x = (...)
x = ...
x = (a)[1]
x = (f or g)(x)
x = ("abc"):upper()
x = ({1, 2, 3})[2]
x = (function() return 1 end)()
x = a.b.c.d
x = a["b"]["c"]
x = a[b][c + 1][d .. e]
x = a.b:c(1):d(2).e[3]
x = f(1)(2)(3)
x = f "string" "string2"
x = f { 1, 2 } { 3 }
x = f [[long string]]
x = s:format [=[ with ]] inside ]=]
x = {f()}
x = {f(), nil}
x = {(f())}
x = {...}
x = nil == false
x = true ~= false
