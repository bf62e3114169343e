package knowledge

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sync"
)

// A document's entries' text and cells are written one after another
// into one string, the document's text: for each entry its text, then
// the number of its cells and each cell. A cell is its column header
// (the header's bytes the first time the document has it, else where
// they were) and its value. Lengths and offsets are uvarints. Once the
// document is loaded, the text is kept compressed (see seal), and
// inflated again when an entry's text or cells are read, the documents
// read last kept inflated (see inflated).

// textWriter writes a document's text.
type textWriter struct {
	buf []byte
	// names are where each column header is in buf.
	names map[string]int
}

func (w *textWriter) reset() {
	w.buf = w.buf[:0]
	if w.names == nil {
		w.names = make(map[string]int)
	}
	clear(w.names)
}

// entry writes an entry's text and cells, returning where it starts.
func (w *textWriter) entry(text string, fields []Field) (body uint32) {
	body = uint32(len(w.buf))
	w.buf = append(w.buf, text...)
	w.buf = appendUvarint(w.buf, uint64(len(fields)))
	for _, f := range fields {
		if at, ok := w.names[f.Name]; ok {
			w.buf = appendUvarint(w.buf, uint64(at)<<1|1)
			w.buf = appendUvarint(w.buf, uint64(len(f.Name)))
		} else {
			w.buf = appendUvarint(w.buf, uint64(len(f.Name))<<1)
			w.names[f.Name] = len(w.buf)
			w.buf = append(w.buf, f.Name...)
		}
		w.buf = appendUvarint(w.buf, uint64(len(f.Value)))
		w.buf = append(w.buf, f.Value...)
	}
	return body
}

func appendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// uvarint reads a uvarint at the start of s, returning it and the rest
// of s.
func uvarint(s string) (uint64, string) {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		c := s[0]
		s = s[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, s
		}
	}
}

// textIn returns the entry's text, from its document's text t.
func (e *Entry) textIn(t string) string { return t[e.body : e.body+e.bodyLen] }

// fieldsIn appends the entry's cells, from its document's text t, to dst;
// nil for an entry that has none.
func (e *Entry) fieldsIn(t string, dst []Field) []Field {
	n, s := uvarint(t[e.body+e.bodyLen:])
	if n == 0 {
		return dst
	}
	if dst == nil {
		dst = make([]Field, 0, n)
	}
	for range n {
		var f Field
		var v, size uint64
		v, s = uvarint(s)
		if v&1 == 1 {
			size, s = uvarint(s)
			f.Name = t[v>>1 : v>>1+size]
		} else {
			f.Name, s = s[:v>>1], s[v>>1:]
		}
		size, s = uvarint(s)
		f.Value, s = s[:size], s[size:]
		dst = append(dst, f)
	}
	return dst
}

// text returns the document's text: as parsed, until it is sealed;
// inflated afterwards.
func (d *Document) text() string {
	if d.z == nil {
		return d.plain
	}
	return inflated.get(d)
}

// compressors keeps flate writers, which take a megabyte each to make.
var compressors = sync.Pool{New: func() any {
	w, err := flate.NewWriter(nil, flate.BestSpeed)
	if err != nil {
		panic(err) // only for a bad level
	}
	return &compressor{w: w}
}}

type compressor struct {
	w   *flate.Writer
	buf bytes.Buffer
}

// seal compresses the document's text, which the document no longer
// keeps as it is. A document is sealed once loaded, before any other
// goroutine reads it.
func (d *Document) seal() {
	if d.z != nil || d.plain == "" {
		return
	}
	c := compressors.Get().(*compressor)
	defer compressors.Put(c)
	c.buf.Reset()
	c.w.Reset(&c.buf)
	// Writes to a bytes.Buffer do not fail.
	_, _ = io.WriteString(c.w, d.plain)
	_ = c.w.Close()
	d.z = bytes.Clone(c.buf.Bytes())
	d.plainLen, d.plain = len(d.plain), ""
}

// decompressor inflates documents' text.
type decompressor struct {
	r   io.ReadCloser
	src bytes.Reader
	buf []byte
}

var decompressors = sync.Pool{New: func() any {
	d := new(decompressor)
	d.r = flate.NewReader(&d.src)
	return d
}}

// inflate returns the document's text, inflated.
func inflate(d *Document) string {
	x := decompressors.Get().(*decompressor)
	defer decompressors.Put(x)
	x.src.Reset(d.z)
	if err := x.r.(flate.Resetter).Reset(&x.src, nil); err != nil {
		panic(fmt.Sprintf("knowledge: inflating %s: %v", d.Path, err))
	}
	if cap(x.buf) < d.plainLen {
		x.buf = make([]byte, d.plainLen)
	}
	buf := x.buf[:d.plainLen]
	if _, err := io.ReadFull(x.r, buf); err != nil {
		// The text was compressed by seal, in memory: it cannot be
		// corrupt.
		panic(fmt.Sprintf("knowledge: inflating %s: %v", d.Path, err))
	}
	if cap(x.buf) > 1<<20 {
		x.buf = nil // do not keep a large document's buffer
	}
	return string(buf)
}

// inflatedSize is how many documents inflated keeps, and inflatedBytes
// how much text: an answer's entries come from a few documents, and a
// listing from one.
const (
	inflatedSize  = 32
	inflatedBytes = 4 << 20
)

// inflated keeps the text of the documents inflated last, for any
// number of goroutines.
var inflated inflatedCache

type inflatedCache struct {
	mu   sync.Mutex
	docs [inflatedSize]*Document
	text [inflatedSize]string
	next int // the slot to fill next
	size int // the text's bytes
}

// get returns the document's text, inflating it unless it is kept.
func (c *inflatedCache) get(d *Document) string {
	c.mu.Lock()
	for i, k := range c.docs {
		if k == d {
			t := c.text[i]
			c.mu.Unlock()
			return t
		}
	}
	c.mu.Unlock()
	t := inflate(d)
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, k := range c.docs {
		if k == d {
			return c.text[i] // another goroutine inflated it meanwhile
		}
	}
	// The slots are filled in turn; a document larger than the rest
	// takes the place of as many as it needs.
	for i := 0; i < inflatedSize && c.size+len(t) > inflatedBytes; i++ {
		k := (c.next + i) % inflatedSize
		c.size -= len(c.text[k])
		c.docs[k], c.text[k] = nil, ""
	}
	c.size -= len(c.text[c.next])
	c.docs[c.next], c.text[c.next] = d, t
	c.size += len(t)
	c.next = (c.next + 1) % inflatedSize
	return t
}
