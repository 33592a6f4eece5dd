if x then
else
else