package knowledge

import (
	"io"
	"os"
	"syscall"
	"unsafe"
)

// madvPopulateWrite is Linux's MADV_POPULATE_WRITE (5.14 and later),
// which the syscall package does not name.
const madvPopulateWrite = 23

// prefault maps the pages of the n bytes at p, memory about to be
// written whole, in one system call: on this project's machine, a
// virtual one, the processor's trap for each page first written (a
// page fault) cost about 14 µs of CPU, against 7 µs a page mapped this
// way, and a load writes each page of what its base keeps. Pages
// mapped already cost next to nothing; a kernel too old for it says no,
// and the pages are faulted one by one as before.
func prefault(p unsafe.Pointer, n uintptr) {
	if n == 0 {
		return
	}
	off := uintptr(p) & (pageSize - 1) // madvise takes a start on a page's boundary
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, uintptr(p)-off, n+off, madvPopulateWrite)
}

// pageSize is the size of the system's pages.
var pageSize = uintptr(syscall.Getpagesize())

// topDir opens the files at the top of a knowledge directory, most of
// them in a large one, with fewer system calls than the directory's
// os.Root: an *os.File of a regular file costs four more on Linux than
// opening, reading and closing it (it is made non-blocking, offered to
// the poller, which refuses it, and made blocking again), which a load
// of 100,000 files pays 400,000 times. It opens a name as os.Root does
// a name without a slash: relative to the directory, and never through
// a symlink (O_NOFOLLOW; the walk resolves symlinks itself).
type topDir struct {
	dir *os.File
	fd  int
}

// openTop returns a topDir for the directory root opens, nil if it
// cannot have one.
func openTop(root *os.Root) *topDir {
	dir, err := root.Open(".")
	if err != nil {
		return nil
	}
	return &topDir{dir: dir, fd: int(dir.Fd())}
}

func (t *topDir) close() {
	if t != nil {
		_ = t.dir.Close() // read only: nothing to flush
	}
}

// open opens the file called name, a name without a slash, for
// reading. Any error is left to the directory's os.Root to report.
func (t *topDir) open(name string) (io.ReadCloser, bool) {
	for {
		fd, err := syscall.Openat(t.fd, name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW, 0)
		switch err {
		case nil:
			return fdFile(fd), true
		case syscall.EINTR:
			continue
		}
		return nil, false
	}
}

// fdFile reads an open file with no more than the read system call.
type fdFile int

func (f fdFile) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(int(f), p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &os.PathError{Op: "read", Err: err}
		case n == 0 && len(p) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f fdFile) Close() error { return syscall.Close(int(f)) }

// shortAtEnd says that f's reads give fewer bytes than asked only at
// the file's end: the files it opens are regular files, whose reads
// Linux does not cut short otherwise (an interrupted one is made again).
func (fdFile) shortAtEnd() {}

var _ shortAtEnd = fdFile(0)
