x = (a
+ b
