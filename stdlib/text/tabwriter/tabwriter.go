// Package tabwriter implements a write filter (tabwriter.Writer) that translates tabbed
// columns in input into properly aligned text, using the Elastic Tabstops algorithm: a
// column block is a run of adjacent lines that have a cell in that column, and all its
// cells get the width of the widest one.
//
// The text is assumed to be UTF-8; every rune counts as one column (a tab, HTML tag or
// entity, or escaped text aside).
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// A cell represents a segment of text terminated by tabs or line breaks. The text itself
// is stored in a separate buffer; cell only describes the segment's size in bytes, its
// width in runes, and whether it's an htab ('\t') terminated cell.
type cell struct {
	size  int  // cell size in bytes
	width int  // cell width in runes
	htab  bool // true if the cell is terminated by an htab ('\t')
}

// A Writer is a filter that inserts padding around tab-delimited columns in its input to
// align them in the output.
//
// The Writer treats incoming bytes as UTF-8-encoded text consisting of cells terminated by
// horizontal ('\t') or vertical ('\v') tabs, and newline ('\n') or formfeed ('\f')
// characters; both newline and formfeed act as line breaks. Tab-terminated cells in
// contiguous lines constitute a column. The text of the last cell of a line is not part of
// a column. A formfeed also ends the current column blocks and flushes the output.
//
// The Writer must buffer input internally, because proper spacing of one line may depend on
// the cells in future lines. Clients must call Flush when done calling Write.
type Writer struct {
	// configuration
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	// current state
	buf     []byte   // collected text excluding tabs or line breaks
	pos     int      // buffer position up to which cell.width of incomplete cell has been computed
	cell    cell     // current incomplete cell; cell.width is up to buf[pos] excluding ignored sections
	endChar byte     // terminating char of escaped sequence (Escape for escapes, '>', ';' for HTML tags/entities, or 0)
	lines   [][]cell // list of lines; each line is a list of cells
	widths  []int    // list of column widths in runes - re-used during formatting
}

// addLine adds a new line. flushed is a hint indicating whether the underlying writer was
// just flushed: if not, the previous line's cell count sizes the new line.
func (b *Writer) addLine(flushed bool) {
	// Reuse a line from before the last reset where possible.
	if n := len(b.lines) + 1; n <= cap(b.lines) {
		b.lines = b.lines[:n]
		b.lines[n-1] = b.lines[n-1][:0]
	} else {
		b.lines = append(b.lines, nil)
	}
	if !flushed {
		if n := len(b.lines); n >= 2 {
			if prev := len(b.lines[n-2]); prev > cap(b.lines[n-1]) {
				b.lines[n-1] = make([]cell, 0, prev)
			}
		}
	}
}

// reset the current state.
func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[0:0]
	b.widths = b.widths[0:0]
	b.addLine(true)
}

// Formatting can be controlled with these flags.
const (
	// Ignore html tags and treat entities (starting with '&' and ending in ';') as single
	// characters (width = 1).
	FilterHTML uint = 1 << iota

	// Strip Escape characters bracketing escaped text segments instead of passing them
	// through unchanged with the text.
	StripEscape

	// Force right-alignment of cell content. Default is left-alignment.
	AlignRight

	// Handle empty columns as if they were not present in the input in the first place.
	DiscardEmptyColumns

	// Always use tabs for indentation columns (i.e., padding of leading empty cells on the
	// left) independent of padchar.
	TabIndent

	// Print a vertical bar ('|') between columns (after formatting). Discarded columns
	// appear as zero-width columns ("||").
	Debug
)

// Init initializes a Writer. The first parameter (output) specifies the filter output. The
// remaining parameters control the formatting:
//
//	minwidth	minimal cell width including any padding
//	tabwidth	width of tab characters (equivalent number of spaces)
//	padding		padding added to a cell before computing its width
//	padchar		ASCII char used for padding
//			if padchar == '\t', the Writer will assume that the
//			width of a '\t' in the formatted output is tabwidth,
//			and cells are left-aligned independent of align_left
//			(for correct-looking results, tabwidth must correspond
//			to the tab width in the viewer displaying the result)
//	flags		formatting control
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		// Tab padding enforces left-alignment.
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// osError wraps an error of the output so that the deferred handler can tell it from
// other panics.
type osError struct {
	err error
}

func (b *Writer) write0(buf []byte) {
	n, err := b.output.Write(buf)
	if n != len(buf) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(osError{err})
	}
}

func (b *Writer) writeN(src []byte, n int) {
	for n > len(src) {
		b.write0(src)
		n -= len(src)
	}
	b.write0(src[0:n])
}

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
)

func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		// Padding with tabs.
		if b.tabwidth == 0 {
			return // tabs have no width - can't do any padding
		}
		// Make cellw the smallest multiple of b.tabwidth.
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw // amount of padding
		if n < 0 {
			panic("internal error")
		}
		b.writeN(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	// Padding with padchar.
	b.writeN(b.padbytes[0:], cellw-textw)
}

var vbar = []byte{'|'}

// writeLines writes lines [line0, line1) with the column widths known so far, and returns
// the buffer position after them.
func (b *Writer) writeLines(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]

		// With TabIndent, leading empty cells are padded with tabs.
		useTabs := b.flags&TabIndent != 0

		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				// Mark the column break.
				b.write0(vbar)
			}

			if c.size == 0 {
				// An empty cell.
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
			} else {
				useTabs = false
				if b.flags&AlignRight == 0 {
					b.write0(b.buf[pos : pos+c.size])
					pos += c.size
					if j < len(b.widths) {
						b.writePadding(c.width, b.widths[j], false)
					}
				} else {
					if j < len(b.widths) {
						b.writePadding(c.width, b.widths[j], false)
					}
					b.write0(b.buf[pos : pos+c.size])
					pos += c.size
				}
			}
		}

		if i+1 == len(b.lines) {
			// The last buffered line has no newline yet: write its pending text.
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0(newline)
		}
	}
	return
}

// format formats the text between line0 and line1 (excluding line1); pos is the buffer
// position corresponding to the beginning of line0. It returns the buffer position
// corresponding to the beginning of line1.
func (b *Writer) format(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		line := b.lines[this]

		// A line's last cell ends with the line, not a tab: it is not part of a column.
		if column >= len(line)-1 {
			continue
		}
		// This line has a cell in this column, so a column block begins here: print the
		// lines before it.
		pos = b.writeLines(pos, line0, this)
		line0 = this

		// The block's width.
		width := b.minwidth
		discardable := true // all cells empty and "soft" (not tab-terminated)
		for ; this < line1; this++ {
			line = b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}

		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}

		// Format the columns to the right within this block.
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[0 : len(b.widths)-1]
		line0 = this
	}

	// Print the lines left.
	return b.writeLines(pos, line0, line1)
}

// updateWidth updates the cell width with the text since the last update.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// To escape a text segment, bracket it with Escape characters. For instance, the tab in this
// string "Ignore this tab: \xff\t\xff" does not terminate a cell and constitutes a single
// character of width one for formatting purposes.
//
// The value 0xff was chosen because it cannot appear in a valid UTF-8 sequence.
const Escape = '\xff'

// startEscape starts escaped mode.
func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape terminates escaped mode. An escaped text segment counts as its runes (the
// Escape characters excluded), a tag as nothing, an entity as one rune.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2 // don't count the Escape chars
		}
	case '>': // tag of zero width
	case ';':
		b.cell.width++ // entity, count as one rune
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// terminateCell adds the current cell to the current line and returns the number of cells
// in that line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	line := &b.lines[len(b.lines)-1]
	*line = append(*line, b.cell)
	b.cell = cell{}
	return len(*line)
}

func (b *Writer) handlePanic(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			// A failed Flush still resets the Writer.
			b.reset()
		}
		if nerr, ok := e.(osError); ok {
			*err = nerr.err
			return
		}
		panic("tabwriter: panic during " + op)
	}
}

// Flush should be called after the last call to Write to ensure that any data buffered in
// the Writer is written to output. Any incomplete escape sequence at the end is considered
// complete for formatting purposes.
func (b *Writer) Flush() error {
	return b.flush()
}

func (b *Writer) flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

// flushNoDefers is flush without the deferred handler, for callers that have their own.
func (b *Writer) flushNoDefers() {
	// Add the current cell if not empty.
	if b.cell.size > 0 {
		if b.endChar != 0 {
			// Inside an escape: terminate it even if incomplete.
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

var hbar = []byte("---\n")

// Write writes buf to the writer b. The only errors returned are ones encountered while
// writing to the underlying output stream.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")

	// Split the text into cells.
	n = 0
	for i, ch := range buf {
		if b.endChar == 0 {
			// Outside an escape.
			switch ch {
			case '\t', '\v', '\n', '\f':
				// The end of a cell.
				b.append(buf[n:i])
				b.updateWidth()
				n = i + 1 // ch consumed
				ncells := b.terminateCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					// The end of a line.
					b.addLine(ch == '\f')
					if ch == '\f' || ncells == 1 {
						// A formfeed always flushes. So does a line of one cell: it
						// cannot affect the formatting of the lines after it (a line's
						// last cell is not part of a column).
						b.flushNoDefers()
						if ch == '\f' && b.flags&Debug != 0 {
							// Mark the section break.
							b.write0(hbar)
						}
					}
				}

			case Escape:
				// The start of an escaped sequence.
				b.append(buf[n:i])
				b.updateWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++ // strip Escape
				}
				b.startEscape(Escape)

			case '<', '&':
				// Possibly an HTML tag or entity.
				if b.flags&FilterHTML != 0 {
					b.append(buf[n:i])
					b.updateWidth()
					n = i
					b.startEscape(ch)
				}
			}

		} else {
			// Inside an escape.
			if ch == b.endChar {
				// The end of the tag, entity or escape.
				j := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					j = i // strip Escape
				}
				b.append(buf[n:j])
				n = i + 1 // ch consumed
				b.endEscape()
			}
		}
	}

	// Append the text left.
	b.append(buf[n:])
	n = len(buf)
	return
}

// append appends text to the current cell.
func (b *Writer) append(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// NewWriter allocates and initializes a new tabwriter.Writer. The parameters are the same
// as for the Init function.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}
