package main

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// waitForGlob waits until pattern matches a path, or the process ends
// first; it reports whether the pattern matched.
func waitForGlob(pattern string, exited <-chan struct{}) bool {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(pattern); len(m) > 0 {
			return true
		}
		select {
		case <-exited:
			return false
		case <-time.After(2 * time.Millisecond):
		}
	}
	return false
}

// startCmd starts cmd with its output in buffers; the channel closes when
// it has ended.
func startCmd(t *testing.T, cmd *exec.Cmd) (stdout, stderr *bytes.Buffer, exited chan struct{}) {
	t.Helper()
	stdout, stderr = &bytes.Buffer{}, &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited = make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	return stdout, stderr, exited
}

// exitCode is the code a process that ended returned.
func exitCode(t *testing.T, cmd *exec.Cmd, exited <-chan struct{}) int {
	t.Helper()
	select {
	case <-exited:
	case <-time.After(30 * time.Second):
		t.Fatal("the process did not end within 30 s of the signal")
	}
	var ee *exec.ExitError
	if err := cmd.Err; err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode()
}

// TestSignalStopsBuild sends SIGINT and SIGTERM to a real build while it
// writes: it stops, removes its build folder (and only that), leaves the
// previous site byte for byte, exits 130 or 143 and says so in one line.
func TestSignalStopsBuild(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(signalName(tc.sig), func(t *testing.T) {
			root := repo(t)
			// another build's folder, of a process still running (this
			// test): the stopped build must leave it alone
			other := filepath.Join(root, fmt.Sprintf(".site.new-%d-1", os.Getpid()))
			if err := os.Mkdir(other, 0o755); err != nil {
				t.Fatal(err)
			}
			before := tree(t, root)
			cmd := jspgenCmd(t, root, nil, "build", "--jobs", "1")
			_, stderr, exited := startCmd(t, cmd)
			if !waitForGlob(filepath.Join(root, ".site.new-*", "halcyon-lvp7", "*.pdf"), exited) {
				t.Skip("the build ended before it could be stopped")
			}
			start := time.Now()
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			code := exitCode(t, cmd, exited)
			t.Logf("stopped %d ms after the signal", time.Since(start).Milliseconds())
			if code != tc.code {
				t.Errorf("exit code %d, want %d\nstderr:\n%s", code, tc.code, stderr)
			}
			if want := "jspgen build: stopped by " + signalName(tc.sig) + "; site left unchanged\n"; stderr.String() != want {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
			}
			after := tree(t, root)
			delete(after, ".jspgen-cache") // the build cache may be made or dropped
			for p := range after {
				if strings.HasPrefix(p, ".jspgen-cache/") {
					delete(after, p)
				}
			}
			if !maps.Equal(before, after) {
				t.Errorf("the stopped build changed the repository:\nbefore %v\nafter  %v", slices.Sorted(maps.Keys(before)), slices.Sorted(maps.Keys(after)))
			}
		})
	}
}

// TestSignalStopsServe stops serve with SIGTERM during its first build and
// with SIGINT while it serves: both times it ends and its temporary folder
// is gone.
func TestSignalStopsServe(t *testing.T) {
	for _, tc := range []struct {
		name   string
		sig    syscall.Signal
		until  string // what must exist under TMPDIR before the signal
		builds bool   // whether the first build completes
	}{
		{"SIGTERM while building", syscall.SIGTERM, filepath.Join("jspgen-serve-*", ".site.new-*", "halcyon-lvp7", "*.pdf"), false},
		{"SIGINT while serving", syscall.SIGINT, filepath.Join("jspgen-serve-*", "site", "index.html"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := repo(t)
			tmp := t.TempDir()
			cmd := jspgenCmd(t, root, []string{"TMPDIR=" + tmp}, "serve", "--addr", "127.0.0.1:0", "--jobs", "1")
			stdout, stderr, exited := startCmd(t, cmd)
			if !waitForGlob(filepath.Join(tmp, tc.until), exited) {
				t.Fatalf("serve ended early\nstdout:\n%s\nstderr:\n%s", stdout, stderr)
			}
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			if code := exitCode(t, cmd, exited); code != exitOK || !strings.HasSuffix(stdout.String(), "stopped\n") {
				t.Errorf("exit code %d, want %d after \"stopped\"\nstdout:\n%s\nstderr:\n%s", code, exitOK, stdout, stderr)
			}
			if built := strings.Contains(stdout.String(), " built: "); built != tc.builds {
				t.Errorf("the first build completed: %v, want %v (a signal stops a build at once)\nstdout:\n%s", built, tc.builds, stdout)
			}
			if left, _ := os.ReadDir(tmp); len(left) > 0 {
				t.Errorf("serve left %s in the temporary folder", left[0].Name())
			}
		})
	}
}
