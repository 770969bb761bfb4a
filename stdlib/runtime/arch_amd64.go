package runtime

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"

const sysSchedGetaffinity = 204
