module example.com/methodspkg

go 1.19
