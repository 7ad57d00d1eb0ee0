package generator

import (
	"bytes"
	"debug/elf"
	"io"
	"os"
	"strconv"
	"strings"
)

// goBuildID returns the build ID the Go toolchain wrote into the
// executable file: four parts separated by slashes, the last of them the
// linker's hash of the file's own content (cmd/go computes it over the
// linked binary and then writes it in). Two executables with the same
// build ID are the same program, so the build cache can key its records
// by it rather than read and hash the whole executable, tens of
// megabytes, on every build. ok is false where the file carries no such
// ID, or one of another shape (built with -ldflags=-buildid=, or by
// another toolchain): the caller then hashes the file.
func goBuildID(file string) (id string, ok bool) {
	f, err := os.Open(file)
	if err != nil {
		return "", false
	}
	defer f.Close()
	head := make([]byte, 32<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF {
		return "", false
	}
	head = head[:n]
	if bytes.HasPrefix(head, []byte(elf.ELFMAG)) {
		id, ok = elfGoBuildID(f)
	} else {
		id, ok = textGoBuildID(head)
	}
	if !ok || !wellFormedBuildID(id) {
		return "", false
	}
	return id, true
}

// elfGoBuildID reads the ID from the ELF note the Go linker writes
// (section .note.go.buildid: name "Go", type 4).
func elfGoBuildID(r io.ReaderAt) (string, bool) {
	ef, err := elf.NewFile(r)
	if err != nil {
		return "", false
	}
	sec := ef.Section(".note.go.buildid")
	if sec == nil || sec.Size > 1<<10 {
		return "", false
	}
	note, err := sec.Data()
	if err != nil || len(note) < 16 {
		return "", false
	}
	order := ef.ByteOrder
	nameSize, descSize, typ := order.Uint32(note), order.Uint32(note[4:]), order.Uint32(note[8:])
	desc := 12 + int(align4(nameSize))
	if nameSize != 4 || typ != 4 || !bytes.Equal(note[12:16], []byte("Go\x00\x00")) ||
		desc+int(descSize) > len(note) {
		return "", false
	}
	return string(note[desc : desc+int(descSize)]), true
}

func align4(n uint32) uint32 { return (n + 3) &^ 3 }

// textGoBuildID finds the ID where the Go linker writes it into other
// executables (Mach-O, PE): `\xff Go build ID: "…"\n \xff` at the start
// of the text, within the file's first 32 KB. Not found there, the
// caller hashes the file.
func textGoBuildID(head []byte) (string, bool) {
	const prefix, suffix = "\xff Go build ID: \"", "\"\n \xff"
	i := bytes.Index(head, []byte(prefix))
	if i < 0 {
		return "", false
	}
	rest := head[i+len(prefix)-1:] // from the opening quote
	j := bytes.Index(rest, []byte(suffix))
	if j < 0 {
		return "", false
	}
	id, err := strconv.Unquote(string(rest[:j+1]))
	return id, err == nil
}

// wellFormedBuildID reports whether id has the shape cmd/go gives an
// executable's build ID: four non-empty parts of base64url characters.
// Anything else (a hand-set -buildid=…) may not change with the program.
func wellFormedBuildID(id string) bool {
	parts := strings.Split(id, "/")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if len(p) < 16 {
			return false
		}
		for _, c := range p {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}
