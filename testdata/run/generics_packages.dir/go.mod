module example.com/genericspkg

go 1.19
