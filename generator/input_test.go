//go:build unix

package generator

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestUnsafeInputsRefused: an SBOM that is a symbolic link out of the
// repository, or a named pipe, and a named pipe among the assets, each
// stop the build with one error naming the file (no hang, nothing of the
// link's target read or published), and the previous site stays.
func TestUnsafeInputsRefused(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte("TOP SECRET first line\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		make func(t *testing.T, assets string)
		want string
	}{
		{"SBOM symlink out of the repository", func(t *testing.T, assets string) {
			os.Remove(filepath.Join(assets, "sbom.cdx.json"))
			if err := os.Symlink(secret, filepath.Join(assets, "sbom.cdx.json")); err != nil {
				t.Fatal(err)
			}
		}, "sbom.cdx.json: symbolic link leads outside the folder"},
		{"SBOM named pipe", func(t *testing.T, assets string) {
			os.Remove(filepath.Join(assets, "sbom.cdx.json"))
			if err := syscall.Mkfifo(filepath.Join(assets, "sbom.cdx.json"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "sbom.cdx.json: not a regular file"},
		{"asset named pipe", func(t *testing.T, assets string) {
			if err := syscall.Mkfifo(filepath.Join(assets, "notes.txt"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "notes.txt: not a regular file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "", nil)
			out := filepath.Join(t.TempDir(), "site")
			tc.make(t, filepath.Join(dir, "halcyon-lvp7"))
			_, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("want an error containing %q, got %v", tc.want, err)
			}
			if strings.Contains(err.Error(), "TOP SECRET") {
				t.Errorf("the error quotes the link's target: %v", err)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("a failed build created the output folder")
			}
		})
	}
}
