x = [==[abc

foo]=]
