package generator

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// TestInputSums: a recorded hash stands in for a file only while the
// file's stamp is the one recorded and older than the build that hashed
// it; every other file is read again.
func TestInputSums(t *testing.T) {
	dir := t.TempDir()
	cacheDir := filepath.Join(dir, "cache")
	if err := os.Mkdir(cacheDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cacheDir, CacheMarkerName), []byte(cacheMarker), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	write := func(name, data string, mtime time.Time) string {
		t.Helper()
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(file, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return file
	}
	a := write("a.toml", "alpha", old)
	b := write("b.json", "bravo", old)
	// build hashes every file it names, records them, and returns how many
	// it read and each file's hash. Its clock runs an hour ahead: the files
	// were written long before, unless soon says otherwise.
	soon := false
	build := func(clean bool, files ...string) (int, map[string][32]byte) {
		t.Helper()
		s := newInputSums(cacheDir, clean)
		if !soon {
			s.taken = time.Now().Add(time.Hour).UnixNano()
		}
		sums := map[string][32]byte{}
		for _, f := range files {
			sum, err := s.sum(f)
			if err != nil {
				t.Fatal(err)
			}
			sums[f] = sum
		}
		s.save(cacheDir)
		return s.read, sums
	}
	read, first := build(false, a, b)
	if read != 2 {
		t.Fatalf("first build read %d files, want 2", read)
	}
	if read, sums := build(false, a, b); read != 0 || sums[a] != first[a] || sums[b] != first[b] {
		t.Errorf("nothing changed: read %d files (want 0), sums changed %v", read, sums[a] != first[a] || sums[b] != first[b])
	}
	if read, _ := build(true, a, b); read != 2 {
		t.Errorf("clean: read %d files, want 2", read)
	}

	// a new size with the old modification time: read again
	write("a.toml", "alpha, longer", old)
	if read, sums := build(false, a, b); read != 1 || sums[a] == first[a] {
		t.Errorf("a longer, its time restored: read %d files (want 1), new sum %v", read, sums[a] != first[a])
	}

	// a file written moments ago: its stamp proves nothing yet, whatever
	// the cache recorded of it
	recent := write("c.txt", "charlie", time.Now())
	soon = true
	build(false, recent)
	soon = false
	if read, _ := build(false, recent); read != 1 {
		t.Errorf("a file modified within the margin: read %d files, want 1", read)
	}

	// the same size and the old modification time, but new content: the
	// change time moved (systems that report it)
	if runtime.GOOS == "linux" || runtime.GOOS == "darwin" {
		_, before := build(false, b)
		time.Sleep(50 * time.Millisecond) // past the clock tick of the change time
		write("b.json", "BRAVO", old)
		if read, sums := build(false, b); read != 1 || sums[b] == before[b] {
			t.Errorf("b rewritten, its size and time restored: read %d files (want 1), new sum %v", read, sums[b] != before[b])
		}
	}

	// a file that disappeared is an error, not the recorded hash
	if err := os.Remove(a); err != nil {
		t.Fatal(err)
	}
	if _, err := newInputSums(cacheDir, false).sum(a); err == nil {
		t.Error("a removed file kept its recorded hash")
	}
}
