module example.com/modimport

go 1.19
