//go:build !unix

package render

import "errors"

// mkfifo reports that this system has no named pipes.
func mkfifo(path string) error { return errors.New("no named pipes on this system") }
