package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	for i := 0; i < 136; i++ {
		fmt.Println(i, syscall.Errno(i).Error())
	}
	fmt.Println(syscall.Errno(100000))
	_, err := syscall.Open("/nonexistent/x", syscall.O_RDONLY, 0)
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrExist))
	fmt.Println(errors.Is(syscall.EEXIST, fs.ErrExist), errors.Is(syscall.ENOTEMPTY, os.ErrExist))
	fmt.Println(errors.Is(syscall.EACCES, fs.ErrPermission), errors.Is(syscall.EPERM, os.ErrPermission))
	fmt.Println(syscall.EAGAIN.Timeout(), syscall.EINTR.Temporary())
	_, err = syscall.BytePtrFromString("a\x00b")
	fmt.Println(err)
	var st syscall.Stat_t
	fmt.Println(syscall.Stat("/", &st), st.Mode&syscall.S_IFMT == syscall.S_IFDIR)
	fmt.Println(syscall.Stat("/nonexistent", &st))
	fmt.Println(syscall.Getpid() == os.Getpid(), syscall.Getpid() > 0)
	fmt.Println(syscall.Setenv("A=B", "x"), syscall.Setenv("K", "a\x00"))
	syscall.Setenv("ERGO_K", "v")
	v, ok := syscall.Getenv("ERGO_K")
	fmt.Println(v, ok)
	syscall.Unsetenv("ERGO_K")
	v, ok = syscall.Getenv("ERGO_K")
	fmt.Printf("%q %v\n", v, ok)
	fd, err := syscall.Open("/dev/null", syscall.O_RDONLY, 0)
	buf := make([]byte, 4)
	n, err2 := syscall.Read(fd, buf)
	fmt.Println(fd > 2, err, n, err2, syscall.Close(fd), syscall.Close(fd))
	var e error = syscall.Errno(0)
	fmt.Println(e.Error())
}
