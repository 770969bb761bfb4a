package fs

// FormatDirEntry returns a formatted version of dir for human readability: its type letters
// (FileMode.String without the permission bits), a space and the name, with a trailing
// slash for a directory; for example "d subdir/" or "- hello.go".
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}
