//go:build !linux

package knowledge

import (
	"io"
	"os"
	"unsafe"
)

// prefault maps memory about to be written ahead of the writes where
// the system can (see load_linux.go); here it does nothing.
func prefault(unsafe.Pointer, uintptr) {}

// topDir opens files faster than an os.Root where it can (see
// load_linux.go); here it cannot, and the loader uses the os.Root.
type topDir struct{}

func openTop(*os.Root) *topDir { return nil }

func (t *topDir) close() {}

func (t *topDir) open(string) (io.ReadCloser, bool) { return nil, false }
