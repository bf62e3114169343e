package knowledge

import (
	"bytes"
	"fmt"
	"io"
	"math/bits"
	"sync"

	"github.com/klauspost/compress/flate"
)

// A document's entries' text and cells are written one after another
// into one string, the document's text: for each entry its text, then
// the number of its cells and each cell. A cell is its column header
// (the header's bytes the first time the document has it, else where
// they were) and its value. Lengths and offsets are uvarints. Once the
// document is loaded, the text is kept compressed (see seal), and
// inflated again when an entry's text or cells are read, the documents
// read last kept inflated (see inflated).
//
// Documents are compressed against a dictionary, the first text of the
// knowledge directory (see dictionary): a document of a few kilobytes
// compresses better when flate finds what it shares with the
// directory's other documents (column headers, names, turns of phrase)
// as if the document had written it before.

// textWriter writes a document's text.
type textWriter struct {
	buf []byte
	// names are where each column header is in buf.
	names map[string]int
}

func (w *textWriter) reset() {
	w.buf = w.buf[:0]
	if cap(w.buf) > keptBytes {
		w.buf = nil // do not keep a large document's buffer
	}
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
func uvarint[T ~string | ~[]byte](s T) (uint64, T) {
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

// fieldsIn appends the entry's cells, from its document's text t, to
// dst; nil for an entry that has none. Read from a []byte, the cells'
// strings are copies.
func fieldsIn[T ~string | ~[]byte](e *Entry, t T, dst []Field) []Field {
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
			f.Name = string(t[v>>1 : v>>1+size])
		} else {
			f.Name, s = string(s[:v>>1]), s[v>>1:]
		}
		size, s = uvarint(s)
		f.Value, s = string(s[:size]), s[size:]
		dst = append(dst, f)
	}
	return dst
}

// fieldsIn is fieldsIn of a document's text as a string.
func (e *Entry) fieldsIn(t string, dst []Field) []Field { return fieldsIn(e, t, dst) }

// text returns the document's text: as parsed, until it is sealed;
// inflated afterwards, a copy of its own, for reading all of it (as
// indexing a replaced document again does).
func (d *Document) text() string {
	if !d.sealed() {
		return d.plain
	}
	var s string
	inflated.read(d, func(t []byte) { s = string(t) })
	return s
}

// sealed reports whether the document keeps its text compressed only.
func (d *Document) sealed() bool { return d.plain == "" && d.z != nil }

// docBuffers are a loader's worker's buffers for the documents it reads:
// the document's text and its compressor (the file's bytes are its
// reader's; see readAhead). A document keeps
// copies of what it needs of them, taken from keep in a full load (see
// arena), made on their own when keep is nil.
type docBuffers struct {
	text textWriter
	z    compressor
	keep *docArenas
}

// dictionary is the text documents' text is compressed against: the
// same for every document of a load, and for those a reload reads
// (the base's), so that each reload does not leave a dictionary kept
// by the few documents it compressed.
type dictionary struct{ b []byte }

// dictBytes is the size of a dictionary. On gencorpus, 4 KB take a
// document's text from 0.30 of its size to 0.24; 32 KB, flate's
// window, do no better, and compressing a document reads the
// dictionary again.
const dictBytes = 4 << 10

// bytes returns the dictionary's text; nil for no dictionary.
func (d *dictionary) bytes() []byte {
	if d == nil {
		return nil
	}
	return d.b
}

// newDictionary returns a dictionary of the text of docs, the first
// dictBytes of it; nil when they have none.
func newDictionary(docs []*Document) *dictionary {
	var b []byte
	for _, d := range docs {
		if len(b) >= dictBytes {
			break
		}
		b = append(b, d.text()...)
	}
	if len(b) == 0 {
		return nil
	}
	return &dictionary{bytes.Clone(b[:min(len(b), dictBytes)])}
}

// compressor compresses documents' text, against dict. It uses
// klauspost/compress's flate, which writes the same DEFLATE as the
// standard library's, byte for byte as small at its fastest level, in
// about a fifth less time a document, and inflates it in a quarter
// less (about 76 against 92 µs, and 42 against 55, for a gencorpus
// document on this project's busy 2-core machine): a load compresses
// every document, and compressing was a sixth of a load's CPU.
type compressor struct {
	dict  *dictionary
	w     *flate.Writer
	wDict *dictionary // the dictionary w compresses against
	buf   bytes.Buffer
}

// compress returns text compressed, against c.dict, in an array taken
// from keep.
func (c *compressor) compress(text []byte, keep *arena[byte]) []byte {
	if c.w == nil || c.wDict != c.dict {
		w, err := flate.NewWriterDict(nil, flate.BestSpeed, c.dict.bytes())
		if err != nil {
			panic(err) // only for a bad level
		}
		c.w, c.wDict = w, c.dict
	}
	c.buf.Reset()
	c.w.Reset(&c.buf)
	// Writes to a bytes.Buffer do not fail.
	_, _ = c.w.Write(text)
	_ = c.w.Close()
	z := keep.take(c.buf.Len())
	copy(z, c.buf.Bytes())
	if c.buf.Cap() > 1<<20 {
		c.buf = bytes.Buffer{} // do not keep a large document's buffer
	}
	return z
}

// seal drops the document's text as parsed, keeping it compressed only,
// if parse compressed it, against dict. A document is sealed once
// indexed, before any other goroutine reads it.
func (d *Document) seal(dict *dictionary) {
	if d.z != nil {
		d.plain, d.dict = "", dict
	}
}

// inflatedSize is how many documents inflated keeps: an answer's
// entries come from a few documents, and a listing from one.
// inflatedBytes is how much text it keeps, but for the document read
// last, which it keeps whatever its size, so that reading a large
// document's entries one by one inflates it once. keptBytes is the
// largest buffer a loader's worker keeps.
const (
	inflatedSize  = 16
	inflatedBytes = 16 << 20
	keptBytes     = 1 << 20
)

// inflated keeps the text of the documents inflated last, for any
// number of goroutines. It inflates into buffers it keeps, so that
// reading an entry makes no garbage but the entry's own strings.
var inflated inflatedCache

type inflatedCache struct {
	mu   sync.Mutex
	docs [inflatedSize]*Document
	bufs [inflatedSize][]byte
	next int // the slot to fill next
	r    io.ReadCloser
	src  bytes.Reader
}

// inflatedCap is the size of the buffer that the cache makes for a text
// of n bytes: the power of two at or above n, up to keptBytes, and n
// above that, not to double a large document's buffer. A slot's buffer
// grows to the largest text it has held. Grown to fit each new largest
// text exactly, a slot grew about six times over a thousand questions
// at 10,000 gencorpus documents, and the buffers it let go, about a
// megabyte, stayed: the collector hardly runs while a loaded base
// answers. Grown a power of two at a time, a slot grows once or twice.
func inflatedCap(n int) int {
	if n <= 1 || n > keptBytes {
		return n
	}
	return 1 << bits.Len(uint(n-1))
}

// read calls fn with the document's text, inflated. fn must not keep
// it: the buffer is the cache's, and fn runs under its lock.
func (c *inflatedCache) read(d *Document, fn func(t []byte)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, k := range c.docs {
		if k == d {
			fn(c.bufs[i])
			return
		}
	}
	i := c.next
	c.next = (c.next + 1) % inflatedSize
	c.docs[i] = nil
	if cap(c.bufs[i]) < d.plainLen {
		c.bufs[i] = make([]byte, inflatedCap(d.plainLen))
	}
	buf := c.bufs[i][:d.plainLen]
	c.src.Reset(d.z)
	var err error
	if c.r == nil {
		c.r = flate.NewReaderDict(&c.src, d.dict.bytes())
	} else {
		err = c.r.(flate.Resetter).Reset(&c.src, d.dict.bytes())
	}
	if err == nil {
		_, err = io.ReadFull(c.r, buf)
	}
	if err != nil {
		// The text was compressed by seal, in memory: it cannot be
		// corrupt.
		panic(fmt.Sprintf("knowledge: inflating %s: %v", d.Path, err))
	}
	c.docs[i], c.bufs[i] = d, buf
	// The slots after i were filled longest ago.
	size := 0
	for _, b := range c.bufs {
		size += cap(b)
	}
	for k := 1; k < inflatedSize && size > inflatedBytes; k++ {
		j := (i + k) % inflatedSize
		size -= cap(c.bufs[j])
		c.docs[j], c.bufs[j] = nil, nil
	}
	fn(buf)
}
