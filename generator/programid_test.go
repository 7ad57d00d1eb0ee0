package generator

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The running test binary carries the build ID cmd/go gave it; goBuildID
// reads the same one `go tool buildid` prints.
func TestGoBuildIDOfTheRunningProgram(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	id, ok := goBuildID(exe)
	if !ok {
		t.Fatalf("goBuildID(%s): no build ID", exe)
	}
	out, err := exec.Command("go", "tool", "buildid", exe).Output()
	if err != nil {
		t.Skipf("go tool buildid: %v", err)
	}
	if want := strings.TrimSpace(string(out)); id != want {
		t.Errorf("goBuildID = %q, go tool buildid = %q", id, want)
	}
}

// Executables built from different code get different IDs, the same code
// the same ID; one built without an ID, or with one set by hand, has
// none that goBuildID trusts, and the cache hashes the whole file.
func TestGoBuildIDFollowsTheProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds four programs")
	}
	dir := t.TempDir()
	src := "package main\n\nvar v = \"0\"\n\nfunc main() { println(v) }\n"
	for name, data := range map[string]string{"go.mod": "module buildidprobe\n\ngo 1.22\n", "main.go": src} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build := func(name string, ldflags string) string {
		t.Helper()
		out := filepath.Join(dir, name)
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags="+ldflags, "-o", out, ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("go build: %v\n%s", err, msg)
		}
		return out
	}
	idOf := func(file string) string {
		t.Helper()
		id, _ := goBuildID(file)
		return id
	}
	one, same, other := build("one", "-X main.v=1"), build("same", "-X main.v=1"), build("other", "-X main.v=2")
	if idOf(one) == "" || idOf(one) != idOf(same) {
		t.Errorf("the same program built twice: IDs %q and %q, want one non-empty ID", idOf(one), idOf(same))
	}
	if idOf(other) == "" || idOf(other) == idOf(one) {
		t.Errorf("a program with another string: ID %q beside %q, want another ID", idOf(other), idOf(one))
	}
	if id, ok := goBuildID(build("none", "-buildid=")); ok {
		t.Errorf("built with -buildid=: ID %q, want none", id)
	}
	if id, ok := goBuildID(build("hand", "-buildid=release-1.0")); ok {
		t.Errorf("built with -buildid=release-1.0: ID %q, want none (it may not change with the program)", id)
	}
}

func TestGoBuildIDOfOtherFiles(t *testing.T) {
	dir := t.TempDir()
	const id = "SkswQA99CAqW7Kc-QYaI/Pg7CJ7iZc350hjoBgmbc/PubCpC8EGdL8BPsKSeZU/SnsB7-SroFNA_p6RrbAh"
	text := func(id string) []byte { // as the linker writes it into a Mach-O or PE text
		return append(append(bytes.Repeat([]byte{0}, 4096), "\xff Go build ID: \""+id+"\"\n \xff"...), bytes.Repeat([]byte{0x90}, 4096)...)
	}
	tests := []struct {
		name string
		data []byte
		want string // "" when none
	}{
		{"text executable", text(id), id},
		{"three parts", text("SkswQA99CAqW7Kc-QYaI/Pg7CJ7iZc350hjoBgmbc/PubCpC8EGdL8BPsKSeZU"), ""},
		{"set by hand", text("v1.2.3"), ""},
		{"a part with a dot", text("SkswQA99CAqW7Kc.QYaI/Pg7CJ7iZc350hjoBgmbc/PubCpC8EGdL8BPsKSeZU/SnsB7-SroFNA_p6RrbAh"), ""},
		{"past the first 32 KB", append(bytes.Repeat([]byte{0}, 40<<10), text(id)...), ""},
		{"no closing quote", []byte("\xff Go build ID: \"" + id), ""},
		{"a script", []byte("#!/bin/sh\nexec jspgen \"$@\"\n"), ""},
		{"empty", nil, ""},
		{"ELF header only", []byte("\x7fELF\x02\x01\x01"), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-"))
			if err := os.WriteFile(file, tc.data, 0o755); err != nil {
				t.Fatal(err)
			}
			got, ok := goBuildID(file)
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("goBuildID = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
	if _, ok := goBuildID(filepath.Join(dir, "missing")); ok {
		t.Error("a missing file has a build ID")
	}
}

// An ELF whose Go note is damaged has no ID: the running test binary
// with the note's owner name changed.
func TestGoBuildIDOfADamagedNote(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Skip(err)
	}
	id, ok := goBuildID(exe)
	if !ok || !bytes.HasPrefix(data, []byte("\x7fELF")) {
		t.Skip("not an ELF executable with a Go build ID")
	}
	at := bytes.Index(data, []byte("Go\x00\x00"+id))
	if at < 0 {
		t.Fatal("the note's owner and ID are not side by side")
	}
	damaged := bytes.Clone(data)
	damaged[at] = 'X'
	file := filepath.Join(t.TempDir(), "damaged")
	if err := os.WriteFile(file, damaged, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, ok := goBuildID(file); ok {
		t.Errorf("owner Xo: ID %q, want none", got)
	}
}
