//go:build !unix

package input

import "testing"

func mkfifo(t *testing.T, path string) {
	t.Skip("no named pipes on this system")
}
