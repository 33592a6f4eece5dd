-- Table constructors.
local t = {}
t = {1, 2, 3}
t = {1, 2, 3,}
t = {1; 2; 3;}
t = {1, 2; 3}
t = {x = 1, y = 2}
t = {["x"] = 1, ["y z"] = 2, [1] = "one", [2.5] = "float", [true] = false}
t = {[f(1)] = g; "x", "y"; x = 1, f(x), [30] = 23; 45}
t = {{}, {{}}, {{{}}}}
t = {f()}
t = {f(), f()}
t = {..., n = select("#", ...)}
t = {x = {y = {z = {}}}}
t = {function() end, function(a) return a end}
t = {["and"] = 1, ["end"] = 2, ["goto"] = 3}
t = {[ [[long key]] ] = 1}
t = {a = 1, b = a, [a] = b}
t = {x == y, x < y}
