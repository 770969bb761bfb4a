package runtime

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

const sysSchedGetaffinity = 204
