package runtime

// GOARCH is the running program's architecture target.
const GOARCH string = "arm64"

const sysSchedGetaffinity = 123
