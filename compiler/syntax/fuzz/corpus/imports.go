package main

import "fmt"
import (
	str "strings"
	. "os"
	_ "embed"
)
import "C"

func main() { fmt.Println(str.ToUpper("x"), Args) }
