package runtime

import _ "unsafe" // for go:linkname

// Implemented in C++ (runtime/goapi.h).
//
//go:linkname callers runtime.callers
func callers(skip int, pcs *uintptr, n int) int

//go:linkname funcinfo runtime.funcinfo
func funcinfo(pc uintptr, out *funcInfo) bool

//go:linkname inlineinfo runtime.inlineinfo
func inlineinfo(pc uintptr, level int, out *funcInfo) bool

// funcInfo is runtime/goapi.h's FuncInfo: what the executable's symbol table and line table
// say about one code address.
type funcInfo struct {
	name  string
	dir   string
	file  string
	line  int
	entry uintptr
}

func lookup(pc uintptr) (funcInfo, bool) {
	var fi funcInfo
	ok := funcinfo(pc, &fi)
	return fi, ok
}

// goName is a function symbol as gc spells function names: the type arguments of a generic
// instantiation become "...", as in "main.F[...]".
func goName(sym string) string {
	if sym == "ergo_gostart" {
		// Every goroutine's outermost frame, which gc's runtime.goexit is.
		return "runtime.goexit"
	}
	const body = "\u00b7body" // ergo's symbol suffix for the body of a function with a wrapper
	if len(sym) >= len(body) && sym[len(sym)-len(body):] == body {
		sym = sym[:len(sym)-len(body)]
	}
	var out []byte
	depth, start := 0, 0
	for i := 0; i < len(sym); i++ {
		switch sym[i] {
		case '[':
			if depth == 0 {
				out = append(out, sym[start:i]...)
				out = append(out, "[..."...)
			}
			depth++
		case ']':
			if depth > 0 {
				depth--
				if depth == 0 {
					start = i
				}
			}
		}
	}
	if out == nil {
		return sym
	}
	if depth == 0 {
		out = append(out, sym[start:]...)
	}
	return string(out)
}

func (fi *funcInfo) fileName() string {
	if fi.dir != "" && fi.file != "" {
		return fi.dir + "/" + fi.file
	}
	return fi.file
}

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack. skip 0 is the caller of Caller. ok is false if the information could not
// be recovered.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	if skip < 0 {
		return
	}
	// skip counts frames as gc does, the calls the compiler inlined included: take enough
	// physical frames (each holds one or more logical ones) and expand them.
	rpc := make([]uintptr, skip+1)
	// 1: the list starts with runtime.Caller itself.
	n := callers(1, &rpc[0], len(rpc))
	frames := CallersFrames(rpc[:n])
	for {
		frame, more := frames.Next()
		if frame.PC == 0 {
			return
		}
		if skip == 0 {
			return frame.PC, frame.File, frame.Line, true
		}
		skip--
		if !more {
			return
		}
	}
}

// Callers fills pc with the return program counters of function invocations on the calling
// goroutine's stack: skip 0 is the frame of Callers itself, 1 the caller of Callers. It
// returns the number of entries written.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, &pc[0], len(pc))
}

// Frames may be used to get function/file/line information for a slice of PC values returned
// by Callers.
type Frames struct {
	callers []uintptr
	frames  []Frame
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame: for a frame that calls
	// another one, the call instruction's.
	PC uintptr
	// Func is the Func value of this call frame, nil for non-Go code or unknown functions.
	Func *Func
	// Function is the package path-qualified function name of this call frame.
	Function string
	// File and Line are the file name and line number of the location in this frame.
	File string
	Line int
	// Entry is the entry point program counter for the function, 0 if not known.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information. Do not change the slice until you are done with the Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values, and
// whether there are more frames after it (more is false at the last frame, and the Frame is
// zero when there were none left).
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.frames) < 2 && len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		fi, ok := lookup(pc - 1)
		if !ok {
			// Not code of this program's functions: skipped, as gc skips pcs it cannot find.
			continue
		}
		// The pcs are return addresses: the call instruction is one byte back, unless pc is
		// a function's entry itself.
		if pc > fi.entry {
			pc--
		}
		// One frame per call the compiler inlined at pc (innermost first), then the
		// function's own; gc gives inlined frames a nil Func.
		first := len(ci.frames)
		for level := 0; ; level++ {
			var li funcInfo
			if !inlineinfo(pc, level, &li) {
				break
			}
			name := goName(li.name)
			ci.frames = append(ci.frames, Frame{
				PC:       pc,
				Function: name,
				File:     li.fileName(),
				Line:     li.line,
				Entry:    fi.entry,
			})
		}
		if len(ci.frames) == first {
			// No symbol information beyond the function itself.
			ci.frames = append(ci.frames, Frame{
				PC:       pc,
				Function: goName(fi.name),
				File:     fi.fileName(),
				Line:     fi.line,
				Entry:    fi.entry,
			})
		}
		last := &ci.frames[len(ci.frames)-1]
		last.Func = &Func{name: last.Function, entry: fi.entry}
	}
	if len(ci.frames) == 0 {
		return
	}
	frame = ci.frames[0]
	ci.frames = ci.frames[1:]
	more = len(ci.frames) > 0
	return
}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program counter
// address, or else nil. If pc is in code inlined from another function, the *Func describes
// the innermost inlined function, with the entry of the outermost one.
func FuncForPC(pc uintptr) *Func {
	fi, ok := lookup(pc)
	if !ok {
		return nil
	}
	// A pc in code the compiler inlined names the innermost inlined function, with the
	// entry of the function that holds the code, as gc's.
	var li funcInfo
	if inlineinfo(pc, 0, &li) {
		return &Func{name: goName(li.name), entry: fi.entry}
	}
	return &Func{name: goName(fi.name), entry: fi.entry}
}

// Name returns the name of the function ("" for a nil *Func).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code corresponding to the
// program counter pc. The result will not be accurate if pc is not a program counter within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	fi, ok := lookup(pc)
	if !ok || fi.file == "" {
		return "?", 0
	}
	return fi.fileName(), fi.line
}
