package knowledge

import "sync"

// readAhead reads a load's files on goroutines of its own, a window of
// them ahead of the workers that parse and index them, and hands each
// file's bytes to the pool once read. A worker that read its own files
// waited for each file's system calls, and for the disk when the file
// was not in the page cache, and no other document was parsed on its
// processor meanwhile, while the runtime looked for other work for it:
// on this project's machine, whose page cache keeps a corpus only for
// a while, a full load of 10,000 gencorpus documents from a cold cache
// took up to twice as long, for 1.6 to 1.9 times the CPU, as from a
// warm one (see the README's twenty-first round). Readers only wait: reading
// is a few percent of a load's CPU.
type readAhead struct {
	queue chan *read
	done  sync.WaitGroup

	mu   sync.Mutex
	free []*[]byte // buffers of files parsed, for the next files
}

// readers is how many files a load reads at once, so that a file that
// waits for the disk does not hold up the next ones.
const readers = 4

// newReadAhead starts the readers of a load whose workers are p's;
// window is the most files it is asked to read ahead.
func newReadAhead(l *loader, p *pool, window int) *readAhead {
	ra := &readAhead{queue: make(chan *read, window)}
	for range readers {
		ra.done.Go(func() {
			for r := range ra.queue {
				// What reading gave goes with the task, not in r: a
				// load keeps its reads until it ends.
				buf := ra.buffer()
				text, sum, probs := l.readFile(r.file, buf)
				p.submit(func(w *worker) {
					l.readDoc(r, w, text, sum, probs)
					ra.release(buf)
				})
			}
		})
	}
	return ra
}

// read asks for r, a file that may have changed, to be read and then
// parsed on the pool.
func (ra *readAhead) read(r *read) { ra.queue <- r }

// close ends the readers once every file asked for is read.
func (ra *readAhead) close() {
	close(ra.queue)
	ra.done.Wait()
}

// buffer returns a buffer to read a file into.
func (ra *readAhead) buffer() *[]byte {
	ra.mu.Lock()
	defer ra.mu.Unlock()
	if n := len(ra.free); n > 0 {
		b := ra.free[n-1]
		ra.free = ra.free[:n-1]
		return b
	}
	return new([]byte)
}

// release takes back a buffer a file was read into, once the file is
// parsed: parse keeps nothing of it.
func (ra *readAhead) release(buf *[]byte) {
	ra.mu.Lock()
	ra.free = append(ra.free, buf)
	ra.mu.Unlock()
}
