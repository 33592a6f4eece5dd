x = function
(a)
  return a
