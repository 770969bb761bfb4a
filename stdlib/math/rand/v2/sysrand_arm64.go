package rand

// sysGetrandom is getrandom(2)'s system call number.
const sysGetrandom = 278
