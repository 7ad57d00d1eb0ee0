package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/site"
)

// TestMain lets the test binary act as the jspgen command: the corpus runs
// it as a child process, as a user runs jspgen (real exit codes, working
// folder, umask, signals).
func TestMain(m *testing.M) {
	if os.Getenv("JSPGEN_TEST_AS_CLI") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// jspgenCmd is the jspgen command run in dir with args.
func jspgenCmd(t *testing.T, dir string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "JSPGEN_TEST_AS_CLI=1"), env...)
	return cmd
}

const templateError = "-- repo/templates/security-plan.md.tmpl --\n# Plan\n\n{{ .Product.Nonexistent }}\n"

const templateErrorLine = `templates/security-plan.md.tmpl:3:12: template error: executing "templates/security-plan.md.tmpl" at <.Product.Nonexistent>: can't evaluate field Nonexistent in type *content.Product` + "\n"

// previousSite is a site an earlier build left, marker included.
const previousSite = `
-- repo/site/.jspgen-site --
$MARKER
-- repo/site/index.html --
previous site
-- repo/site/halcyon-lvp7/old.pdf --
old
`

// corpusCase is one hostile or first-run situation. The world is a folder
// holding the example repository copied to repo/ (site file and content)
// plus the archive's files; jspgen runs in dir (default repo) with args.
type corpusCase struct {
	name    string
	archive string // txtar, paths relative to the world; "$MARKER\n" is the marker's content
	noRepo  bool   // no example repository
	dir     string
	args    []string // "$WORLD" expands to the world folder
	env     []string // "$WORLD" expands too
	umask   string   // run under this umask (through sh)
	code    int
	stderr  string // exact ("$WORLD" expanded); stderrRe instead when set
	// stderrRe matches stderr when the message carries a random name
	stderrRe string
	stdout   string // exact; "" means empty unless stdoutPrefix is set
	// stdoutPrefix is what stdout starts with (a build summary with times)
	stdoutPrefix string
	// changes is the one path (relative to the world) that may change; ""
	// means nothing in the world may change, the previous site included
	changes string
	then    func(t *testing.T, world, stdout string)
}

func TestCorpus(t *testing.T) {
	refused := func(out, reason string) string {
		return "jspgen build: refusing to build into " + out + ": " + reason + "\n"
	}
	tests := []corpusCase{
		// --out that must never be replaced: each exits 1, names the reason, changes nothing
		{name: "out is the content folder", archive: previousSite, args: []string{"build", "--out", "content"},
			code: 1, stderr: refused("content", "it is the content folder content")},
		{name: "out inside the content folder", archive: previousSite, args: []string{"build", "--out", "content/halcyon-lvp7"},
			code: 1, stderr: refused("content/halcyon-lvp7", "it lies inside the content folder content")},
		{name: "out is the templates folder", archive: previousSite + "-- repo/templates/style.css --\nmine\n", args: []string{"build", "--out", "templates"},
			code: 1, stderr: refused("templates", "it is the templates folder templates")},
		{name: "out is the repository root", archive: previousSite, dir: ".",
			args: []string{"build", "--config", "repo/jspgen.toml", "--content", "repo/content", "--templates", "repo/templates", "--out", "repo"},
			code: 1, stderr: refused("repo", "it is the folder of the site file repo/jspgen.toml (the repository root)")},
		{name: "out is the working folder by its absolute path", archive: previousSite, args: []string{"build", "--out", "$WORLD/repo"},
			code: 1, stderr: refused("$WORLD/repo", "it is the current folder")},
		{name: "out is dot", archive: previousSite, args: []string{"build", "--out", "."},
			code: 1, stderr: refused(".", "it is the current folder")},
		{name: "out is the parent", archive: previousSite + "-- other-project/notes.md --\nmine\n", args: []string{"build", "--out", ".."},
			code: 1, stderr: refused("..", "it contains the current folder")},
		{name: "out is .git", archive: previousSite + "-- repo/.git/HEAD --\nref: refs/heads/main\n", args: []string{"build", "--out", ".git"},
			code: 1, stderr: refused(".git", "it is or lies inside a .git folder (a repository's own data)")},
		{name: "out inside .git", archive: previousSite + "-- repo/.git/HEAD --\nref: refs/heads/main\n", args: []string{"build", "--out", ".git/site"},
			code: 1, stderr: refused(".git/site", "it is or lies inside a .git folder (a repository's own data)")},
		{name: "out is a folder without the marker", archive: previousSite + "-- repo/docs/manual.md --\nmine\n", args: []string{"build", "--out", "docs"},
			code: 1, stderr: refused("docs", "it is a folder jspgen did not build (no .jspgen-site in it) and not empty; remove it or choose another --out")},
		{name: "out has a forged marker", archive: "-- repo/docs/.jspgen-site --\nanything\n-- repo/docs/manual.md --\nmine\n", args: []string{"build", "--out", "docs"},
			code: 1, stderr: refused("docs", "it is a folder jspgen did not build (no .jspgen-site in it) and not empty; remove it or choose another --out")},
		{name: "out is another repository", archive: "-- other/.git/HEAD --\nref: refs/heads/main\n", args: []string{"build", "--out", "../other"},
			code: 1, stderr: refused("../other", "it contains a .git folder (a repository)")},
		{name: "out is a file", archive: previousSite + "-- repo/notes.txt --\nmine\n", args: []string{"build", "--out", "notes.txt"},
			code: 1, stderr: refused("notes.txt", "it is a file, not a folder")},
		{name: "out is the site file", archive: previousSite, args: []string{"build", "--out", "jspgen.toml"},
			code: 1, stderr: refused("jspgen.toml", "it is the site file jspgen.toml")},
		{name: "out is the file system root", archive: previousSite, args: []string{"build", "--out", "/"},
			code: 1, stderr: refused("/", "it is the root of the file system")},
		{name: "serve with its temporary folder inside the content folder", archive: previousSite, args: []string{"serve"},
			env: []string{"TMPDIR=$WORLD/repo/content"}, code: 1,
			stderrRe: `^jspgen serve: refusing to build into \$WORLD/repo/content/jspgen-serve-\d+/site: it lies inside the content folder content\n$`},

		// an output jspgen owns is replaced, and only that
		{name: "a site with the marker is replaced", archive: previousSite, args: []string{"build"},
			code: 0, stdoutPrefix: "Built site\n", changes: "repo/site", then: func(t *testing.T, world, _ string) {
				if _, err := os.Stat(filepath.Join(world, "repo/site/halcyon-lvp7/old.pdf")); !errors.Is(err, fs.ErrNotExist) {
					t.Error("a file of the previous site survived")
				}
				if b, _ := os.ReadFile(filepath.Join(world, "repo/site", site.MarkerName)); string(b) != site.MarkerContent {
					t.Errorf("the new site carries no marker")
				}
				if index, _ := os.ReadFile(filepath.Join(world, "repo/site/index.html")); bytes.Contains(index, []byte(site.MarkerName)) {
					t.Errorf("the index lists the marker")
				}
			}},
		{name: "an empty folder is accepted", archive: "-- repo/public/ --\n", args: []string{"build", "--out", "public"},
			code: 0, stdoutPrefix: "Built public\n", changes: "repo/public"},

		// killed builds: their folders go at the next start, only with the marker
		{name: "folders of killed builds removed at the next build", archive: previousSite + `
-- repo/.site.new-999999999-1/.jspgen-site --
$MARKER
-- repo/.site.new-999999999-1/index.html --
half written
-- repo/.site.new-999999999-1.old/.jspgen-site --
$MARKER
-- repo/.site.new-999999999-2/mine.txt --
not jspgen's
`, args: []string{"build"}, code: 0, stdoutPrefix: "Built site\n", changes: "repo/site", then: func(t *testing.T, world, _ string) {
			// the runner compares everything else; these two must be gone
			for _, p := range []string{"repo/.site.new-999999999-1", "repo/.site.new-999999999-1.old"} {
				if _, err := os.Stat(filepath.Join(world, p)); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("%s survived", p)
				}
			}
		}},

		// a failed build changes nothing and says so honestly
		{name: "failed build creates no parent folders", archive: templateError, args: []string{"build", "--out", "new/sub/site"},
			code: 1, stderr: templateErrorLine + "jspgen build: failed; nothing written\n"},
		{name: "failed build leaves the previous site", archive: previousSite + templateError, args: []string{"build"},
			code: 1, stderr: templateErrorLine + "jspgen build: failed; site left unchanged\n"},

		// modes of a published site do not depend on the umask
		{name: "umask 077", archive: previousSite, args: []string{"build"}, umask: "077",
			code: 0, stdoutPrefix: "Built site\n", changes: "repo/site", then: func(t *testing.T, world, _ string) {
				filepath.WalkDir(filepath.Join(world, "repo/site"), func(p string, d fs.DirEntry, err error) error {
					st, _ := os.Stat(p)
					want := fs.FileMode(0o644)
					if d.IsDir() {
						want = 0o755
					}
					if st.Mode().Perm() != want {
						t.Errorf("%s: mode %v, want %v", p, st.Mode().Perm(), want)
					}
					return nil
				})
			}},

		// diagnostics on standard error, summaries on standard output
		{name: "check text: diagnostics to stderr, count to stdout", archive: previousSite + templateError, args: []string{"check"},
			code: 1, stderr: templateErrorLine, stdout: "1 error(s), 0 warning(s)\n"},
		{name: "check json: template error with file, line and column", archive: previousSite + templateError, args: []string{"check", "--format", "json"},
			code: 1, stdoutPrefix: "{", then: func(t *testing.T, _, stdout string) {
				var rep struct {
					OK     bool
					Errors []struct {
						File         string
						Line, Column int
						Message      string
					}
				}
				if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
					t.Fatal(err)
				}
				if rep.OK || len(rep.Errors) != 1 {
					t.Fatalf("report: %+v", rep)
				}
				e := rep.Errors[0]
				if e.File != "templates/security-plan.md.tmpl" || e.Line != 3 || e.Column != 12 || !strings.HasPrefix(e.Message, "template error: executing") {
					t.Errorf("error placed at %s:%d:%d: %s", e.File, e.Line, e.Column, e.Message)
				}
			}},
		{name: "check json: input error", archive: previousSite, args: []string{"check", "--format", "json", "--config", "nope.toml"},
			code: 1, stdoutPrefix: "{\n  \"ok\": false,"},
		{name: "build: summary to stdout, nothing on stderr", args: []string{"build"},
			code: 0, stdoutPrefix: "Built site\n", changes: "repo/site"},

		// init: everything checked before anything is written
		{name: "init where a folder on the way is a file", noRepo: true, archive: "-- new/content --\nmine\n", dir: ".", args: []string{"init", "new"},
			code: 1, stderr: "jspgen init: new/content is a file, not a folder\njspgen init: refusing to scaffold into new (1 problem(s)); nothing written\n"},
		{name: "init where the target is a file", noRepo: true, archive: "-- new --\nmine\n", dir: ".", args: []string{"init", "new"},
			code: 1, stderr: "jspgen init: new is a file, not a folder\njspgen init: refusing to scaffold into new (1 problem(s)); nothing written\n"},
		{name: "init where a file exists", noRepo: true, archive: "-- new/.gitignore --\nmine\n-- new/Makefile --\nmine\n", dir: ".", args: []string{"init", "new"},
			code: 1, stderr: "jspgen init: new/.gitignore already exists\njspgen init: new/Makefile already exists\njspgen init: refusing to scaffold into new (2 problem(s)); nothing written\n"},
		{name: "init writes .gitignore and a Makefile using jspgen from PATH", noRepo: true, archive: "-- neighbour.txt --\nmine\n", dir: ".", args: []string{"init", "new"},
			code: 0, stdoutPrefix: "created new/.github/workflows/docs.yml\ncreated new/.gitignore\n", changes: "new", then: func(t *testing.T, world, _ string) {
				if b, _ := os.ReadFile(filepath.Join(world, "new/.gitignore")); !bytes.Contains(b, []byte("\nsite/\n")) {
					t.Errorf(".gitignore: %q", b)
				}
				mk, _ := os.ReadFile(filepath.Join(world, "new/Makefile"))
				if !bytes.Contains(mk, []byte("\nJSPGEN ?= jspgen\n")) || bytes.Contains(mk, []byte("go run github.com")) || !bytes.Contains(mk, []byte("go install ./cmd/jspgen")) {
					t.Errorf("Makefile:\n%s", mk)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { runCorpusCase(t, tc) })
	}
}

func runCorpusCase(t *testing.T, tc corpusCase) {
	world, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if !tc.noRepo {
		copyFile(t, "../../jspgen.toml", filepath.Join(world, "repo", "jspgen.toml"))
		err := filepath.WalkDir("../../content", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel("../../content", path)
			copyFile(t, path, filepath.Join(world, "repo", "content", rel))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	writeTxtar(t, world, tc.archive, map[string]string{"$MARKER\n": site.MarkerContent})
	expand := func(s string) string { return strings.ReplaceAll(s, "$WORLD", world) }
	args := make([]string, len(tc.args))
	for i, a := range tc.args {
		args[i] = expand(a)
	}
	var env []string
	for _, e := range tc.env {
		env = append(env, expand(e))
	}
	dir := filepath.Join(world, cmp(tc.dir, "repo"))
	os.MkdirAll(dir, 0o755)
	before := tree(t, world)

	var cmd *exec.Cmd
	if tc.umask != "" {
		self, _ := os.Executable()
		cmd = jspgenCmd(t, dir, env, args...)
		cmd.Args = append([]string{"sh", "-c", `umask ` + tc.umask + ` && exec "$0" "$@"`, self}, args...)
		cmd.Path, _ = exec.LookPath("sh")
	} else {
		cmd = jspgenCmd(t, dir, env, args...)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if code != tc.code {
		t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, stdout.String(), stderr.String())
	}
	switch {
	case tc.stderrRe != "":
		re := regexp.MustCompile(strings.ReplaceAll(tc.stderrRe, `\$WORLD`, regexp.QuoteMeta(world)))
		if !re.MatchString(stderr.String()) {
			t.Errorf("stderr:\n%s\nwant a match for %s", stderr.String(), re)
		}
	case stderr.String() != expand(tc.stderr):
		t.Errorf("stderr:\n%s\nwant exactly:\n%s", stderr.String(), expand(tc.stderr))
	}
	if tc.stdoutPrefix != "" {
		if !strings.HasPrefix(stdout.String(), tc.stdoutPrefix) {
			t.Errorf("stdout:\n%s\nwant it to start with:\n%s", stdout.String(), tc.stdoutPrefix)
		}
	} else if stdout.String() != tc.stdout {
		t.Errorf("stdout:\n%s\nwant exactly:\n%s", stdout.String(), tc.stdout)
	}
	// nothing changed but the one path the case may change; for a refusal
	// that includes the previous site, byte for byte
	after := tree(t, world)
	// a case that may change a site folder may also change its build
	// cache beside it
	cacheDir := path.Join(path.Dir(tc.changes), ".jspgen-cache")
	may := func(p string) bool {
		return tc.changes != "" && (p == tc.changes || strings.HasPrefix(p, tc.changes+"/") ||
			p == cacheDir || strings.HasPrefix(p, cacheDir+"/"))
	}
	for p, b := range before {
		if a, ok := after[p]; !ok && !may(p) && !removedStale(p) {
			t.Errorf("%s was removed", p)
		} else if ok && a != b && !may(p) {
			t.Errorf("%s changed: %s -> %s", p, b, a)
		}
	}
	for p, a := range after {
		if _, ok := before[p]; !ok && !may(p) {
			t.Errorf("%s was created (%s)", p, a)
		}
	}
	if tc.then != nil {
		tc.then(t, world, stdout.String())
	}
}

// removedStale reports whether p belongs to a build folder of a dead build
// (the corpus uses process ID 999999999) that carried the marker, which
// the next build removes.
func removedStale(p string) bool {
	return strings.HasPrefix(p, "repo/.site.new-999999999-1/") || p == "repo/.site.new-999999999-1" ||
		strings.HasPrefix(p, "repo/.site.new-999999999-1.old")
}

func cmp(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// tree fingerprints every file and folder under root: kind, mode and, for
// files, a hash of the content.
func tree(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		entry := info.Mode().String()
		if info.Mode().IsRegular() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			entry += fmt.Sprintf(" %x", sha256.Sum256(b))
		}
		out[rel] = entry
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestKilledBuildLeavesNoStaleFolder kills a real build (SIGKILL) while it
// writes, then builds again: the folder the killed build left is gone and
// the site is complete.
func TestKilledBuildLeavesNoStaleFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("two builds; skipped with -short")
	}
	root := repo(t)
	cmd := jspgenCmd(t, root, nil, "build")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var stale []string
	deadline := time.Now().Add(30 * time.Second)
	for len(stale) == 0 && time.Now().Before(deadline) {
		stale, _ = filepath.Glob(filepath.Join(root, ".site.new-*", "halcyon-lvp7"))
		time.Sleep(2 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if len(stale) == 0 {
		t.Skip("the build finished before it could be killed")
	}
	stale, _ = filepath.Glob(filepath.Join(root, ".site.new-*"))
	if len(stale) == 0 {
		t.Skip("the build finished before it could be killed")
	}
	if b, _ := os.ReadFile(filepath.Join(root, "site", "index.html")); string(b) != "previous site" {
		t.Fatalf("a killed build changed the previous site")
	}
	next := jspgenCmd(t, root, nil, "build")
	if out, err := next.CombinedOutput(); err != nil {
		t.Fatalf("the next build: %v\n%s", err, out)
	}
	if left, _ := filepath.Glob(filepath.Join(root, ".site.new-*")); len(left) > 0 {
		t.Errorf("the next build left %v", left)
	}
}
