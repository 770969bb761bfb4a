package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	for i := -1; i < 66; i++ {
		fmt.Println(i, syscall.Signal(i).String())
	}
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGCLD == syscall.SIGCHLD)
	fmt.Println(syscall.Kill(os.Getpid(), 0), syscall.Kill(1<<30, 0))
	var s os.Signal = syscall.SIGUSR1
	fmt.Printf("%v %d\n", s, s)
}
