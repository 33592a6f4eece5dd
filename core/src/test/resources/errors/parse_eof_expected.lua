local x = function() end

end