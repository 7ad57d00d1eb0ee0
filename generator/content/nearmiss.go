package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/jspgen/jspgen/internal/tomlkey"
)

// nearMisses warns of each file in dir whose name looks meant to be a
// product file but does not end in ".toml" (x.TOML, x.tmol,
// x.toml.txt): it is not read, and nothing else would say so. A copy
// kept on purpose (a backup, a patch's leftovers, an editor's autosave or
// swap file) is not warned of: it would warn on every build, and a
// warning that is always there is one users learn to skip.
func nearMisses(dir string) Diagnostics {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out Diagnostics
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".toml") || IsJunk(name) || isKeptCopy(name) {
			continue
		}
		ext := strings.ToLower(filepath.Ext(name))
		if strings.Contains(strings.ToLower(name), ".toml") || ext != "" && tomlkey.EditDistance(ext, ".toml") <= 1 {
			out = append(out, Diagnostic{Severity: Warning, File: filepath.ToSlash(filepath.Join(dir, name)),
				Message: "not read: only files whose names end in \".toml\" (lower case) are product files; rename it if it is one"})
		}
	}
	return out
}

// keptCopySuffixes end the names of copies that tools and people make
// next to a file and keep on purpose: backups (x.toml.bak, x.toml.old,
// x.toml.backup), patch's original and rejected hunks (x.toml.orig,
// x.toml.rej), nano's emergency save (x.toml.save), Vim swap files
// written outside the usual hidden name (x.toml.swp, x.toml.swo).
var keptCopySuffixes = []string{".bak", ".backup", ".old", ".orig", ".rej", ".save", ".swp", ".swo"}

// isKeptCopy reports whether name is such a copy, or an Emacs autosave
// file (#x.toml#). Dotfiles (.x.toml.swp, .#x.toml) and names ending in
// ~ are junk already (IsJunk).
func isKeptCopy(name string) bool {
	lower := strings.ToLower(name)
	if len(name) > 2 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#") {
		return true
	}
	for _, s := range keptCopySuffixes {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return false
}

// nestedProductFiles warns of each *.toml file in a subfolder of dir
// (content/pumps/x.toml): product files are read only directly in dir,
// so a product moved into a folder would vanish from every document
// without a word. An asset folder, content/<id>/ of a product read or
// named like a product file (whose ID may not have been read), is the
// product's own and may hold any file; dot folders are skipped as junk.
// Folders that hold no .toml file are not reported: nothing reads or
// publishes them, but files kept there (drawings' sources, shared notes)
// are the user's own business.
func nestedProductFiles(dir string, ids []string, files []string) Diagnostics {
	own := map[string]bool{}
	for _, id := range ids {
		own[id] = true
	}
	for _, f := range files {
		own[strings.TrimSuffix(filepath.Base(f), ".toml")] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out Diagnostics
	for _, e := range entries {
		if !e.IsDir() || IsJunk(e.Name()) || own[e.Name()] {
			continue
		}
		filepath.WalkDir(filepath.Join(dir, e.Name()), func(file string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // an unreadable folder is skipped: this is a hint, not a check
			}
			if IsJunk(d.Name()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".toml") {
				out = append(out, Diagnostic{Severity: Warning, File: filepath.ToSlash(file),
					Message: "not read: product files are read only directly in the content folder, not in its subfolders; move it there if it is one"})
			}
			return nil
		})
	}
	return out
}
