package input

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// tree makes a folder with a repository root inside and a secret outside it:
//
//	tmp/secret.txt               outside the root
//	tmp/root/ok.json             a regular file
//	tmp/root/sub/in.json         a regular file in a folder
//	tmp/root/link-in.json        -> sub/in.json (stays inside)
//	tmp/root/link-abs-in.json    -> tmp/root/ok.json, absolute (stays inside)
//	tmp/root/link-out.json       -> ../secret.txt
//	tmp/root/linkdir             -> .. (a folder outside)
//	tmp/root/dangling.json       -> missing.json
//	tmp/root/pipe.json           a FIFO
//	tmp/root/big.json            17 bytes
//	tmp/root/crlf.toml           CRLF line ends
func tree(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	root := filepath.Join(tmp, "root")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, "sub"), 0o755))
	must(os.WriteFile(filepath.Join(tmp, "secret.txt"), []byte("root:x:0:0:secret\n"), 0o644))
	must(os.WriteFile(filepath.Join(root, "ok.json"), []byte("{}"), 0o644))
	must(os.WriteFile(filepath.Join(root, "sub", "in.json"), []byte("in"), 0o644))
	must(os.WriteFile(filepath.Join(root, "big.json"), []byte("0123456789abcdefg"), 0o644))
	must(os.WriteFile(filepath.Join(root, "crlf.toml"), []byte("a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\nc = \"lone\rcr\"\n"), 0o644))
	must(os.Symlink("sub/in.json", filepath.Join(root, "link-in.json")))
	must(os.Symlink(filepath.Join(root, "ok.json"), filepath.Join(root, "link-abs-in.json")))
	must(os.Symlink("../secret.txt", filepath.Join(root, "link-out.json")))
	must(os.Symlink("..", filepath.Join(root, "linkdir")))
	must(os.Symlink("missing.json", filepath.Join(root, "dangling.json")))
	mkfifo(t, filepath.Join(root, "pipe.json"))
	return root
}

func TestReadFile(t *testing.T) {
	root := tree(t)
	for _, tc := range []struct {
		name, rel string
		want      string // content, when it reads
		is        error  // else the error it wraps
		errHas    string // and a part of its message
	}{
		{"regular file", "ok.json", "{}", nil, ""},
		{"file in a folder", "sub/in.json", "in", nil, ""},
		{"symlink inside", "link-in.json", "in", nil, ""},
		{"absolute symlink inside", "link-abs-in.json", "{}", nil, ""},
		{"symlink out", "link-out.json", "", ErrOutside, "root/link-out.json: symbolic link leads outside"},
		{"symlinked parent folder out", "linkdir/secret.txt", "", ErrOutside, "root/linkdir: symbolic link leads outside"},
		{"dot-dot", "../secret.txt", "", nil, "path leaves"},
		{"absolute", "/etc/passwd", "", nil, "path leaves"},
		{"missing", "nope.json", "", fs.ErrNotExist, "nope.json"},
		{"dangling symlink", "dangling.json", "", nil, "root/dangling.json: symbolic link to a missing file"},
		{"folder", "sub", "", ErrNotRegular, "a folder"},
		{"FIFO", "pipe.json", "", ErrNotRegular, "root/pipe.json: not a regular file (a named pipe)"},
		{"too big", "big.json", "", ErrTooLarge, "root/big.json: file too large: larger than the limit of 16 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan struct{})
			var b []byte
			var err error
			go func() { b, err = ReadFile(root, tc.rel, 16); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("ReadFile hangs")
			}
			if tc.errHas == "" {
				if err != nil || string(b) != tc.want {
					t.Fatalf("ReadFile(%q) = %q, %v; want %q", tc.rel, b, err, tc.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("ReadFile(%q) = %q; want an error", tc.rel, b)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v does not wrap %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.errHas) {
				t.Errorf("error %q does not say %q", err, tc.errHas)
			}
			if strings.Contains(err.Error(), "root:x") {
				t.Errorf("error %q quotes the target", err)
			}
		})
	}
}

func TestReadText(t *testing.T) {
	root := tree(t)
	b, err := ReadText(root, "crlf.toml", 1<<10)
	if err != nil {
		t.Fatal(err)
	}
	if want := "a = 1\nb = \"\"\"x\ny\"\"\"\nc = \"lone\rcr\"\n"; string(b) != want {
		t.Errorf("ReadText = %q; want %q", b, want)
	}
}

func TestFS(t *testing.T) {
	root := tree(t)
	fsys := FS(root, 16)
	if b, err := fs.ReadFile(fsys, "link-in.json"); err != nil || string(b) != "in" {
		t.Errorf("ReadFile(link-in.json) = %q, %v", b, err)
	}
	for name, want := range map[string]error{"link-out.json": ErrOutside, "linkdir/secret.txt": ErrOutside, "pipe.json": ErrNotRegular, "big.json": ErrTooLarge} {
		if _, err := fs.ReadFile(fsys, name); !errors.Is(err, want) {
			t.Errorf("fs.ReadFile(%s) = %v; want %v", name, err, want)
		}
		if f, err := fsys.Open(name); !errors.Is(err, want) {
			t.Errorf("Open(%s) = %v; want %v", name, err, want)
			if f != nil {
				f.Close()
			}
		}
	}
	if _, err := fs.Stat(fsys, "linkdir"); !errors.Is(err, ErrOutside) {
		t.Errorf("Stat(linkdir) = %v; want %v", err, ErrOutside)
	}
	names, err := fs.Glob(fsys, "sub/*.json")
	if err != nil || len(names) != 1 || names[0] != "sub/in.json" {
		t.Errorf("Glob = %v, %v", names, err)
	}
	if err := fstest.TestFS(FS(filepath.Join(root, "sub"), 16), "in.json"); err != nil {
		t.Error(err)
	}
}

func TestReadFS(t *testing.T) {
	m := fstest.MapFS{"a.tmpl": {Data: []byte("hello")}, "p": {Mode: fs.ModeNamedPipe}, "big": {Data: make([]byte, 100)}}
	if b, err := ReadFS(m, "a.tmpl", 16); err != nil || string(b) != "hello" {
		t.Errorf("ReadFS = %q, %v", b, err)
	}
	if _, err := ReadFS(m, "p", 16); !errors.Is(err, ErrNotRegular) {
		t.Errorf("ReadFS(pipe) = %v", err)
	}
	if _, err := ReadFS(m, "big", 16); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadFS(big) = %v", err)
	}
	root := tree(t)
	if _, err := ReadFS(os.DirFS(root), "pipe.json", 16); !errors.Is(err, ErrNotRegular) {
		t.Errorf("ReadFS(os.DirFS, pipe) = %v", err)
	}
}
