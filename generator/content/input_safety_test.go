package content

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// diagText formats diagnostics one per line, for messages.
func diagText(diags Diagnostics) string { return strings.Join(diagStrings(diags), "\n  ") }

// hasDiag reports whether a diagnostic starts with want.
func hasDiag(diags Diagnostics, want string) bool {
	for _, d := range diags {
		if strings.HasPrefix(d.String(), want) {
			return true
		}
	}
	return false
}

// TestValidationGaps: each hostile value is rejected with file, line and
// key path; the valid value next to it is accepted.
func TestValidationGaps(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n"
	threat := func(score string) string {
		return head + "[[threats]]\nid = \"T-1\"\npre_score = " + score + "\n"
	}
	tests := []struct {
		name, src string
		want      string // diagnostic prefix; "" means: no diagnostic at this path
		path      string // the path checked when want is ""
	}{
		{"score nan", threat("nan"), "p.toml:6: threats[0].pre_score: want a finite number; got float NaN", ""},
		{"score +inf", threat("+inf"), "p.toml:6: threats[0].pre_score: want a finite number; got float +Inf", ""},
		{"score -inf", threat("-inf"), "p.toml:6: threats[0].pre_score: want a finite number; got float -Inf", ""},
		{"score 11", threat("11.0"), "p.toml:6: threats[0].pre_score: want a value from 0 to 10; got 11", ""},
		{"score 9.8 accepted", threat("9.8"), "", "threats[0].pre_score"},
		{"score 0 accepted", threat("0"), "", "threats[0].pre_score"},
		{"blank name", "schema_version = 2\nid = \"p\"\nname = \"   \"\n", "p.toml:3: name: must not be empty or blank", ""},
		{"tab and newline name", "schema_version = 2\nid = \"p\"\nname = \"\\t\\n\"\n", "p.toml:3: name: must not be empty or blank", ""},
		{"blank model name", head + "[[models]]\nid = \"m\"\nname = \" \"\n", "p.toml:6: models[0].name: must not be empty or blank", ""},
		{"name with spaces accepted", "schema_version = 2\nid = \"p\"\nname = \" P \"\n", "", "name"},
		{"reserved id nul", "schema_version = 2\nid = \"nul\"\n", `p.toml:2: id: want a slug safe as a file name on every system; got "nul", a reserved device name on Windows`, ""},
		{"reserved id con", "schema_version = 2\nid = \"con\"\n", `p.toml:2: id: want a slug safe as a file name on every system; got "con"`, ""},
		{"reserved id com1", "schema_version = 2\nid = \"com1\"\n", `p.toml:2: id: want a slug safe`, ""},
		{"reserved id with extension", "schema_version = 2\nid = \"aux.pump\"\n", `p.toml:2: id: want a slug safe`, ""},
		{"id with trailing dot", "schema_version = 2\nid = \"pump.\"\n", `p.toml:2: id: want a slug`, ""},
		{"id console accepted", "schema_version = 2\nid = \"console\"\n", "", "id"},
		{"id com10 accepted", "schema_version = 2\nid = \"com10\"\n", "", "id"},
		{"id nullx accepted", "schema_version = 2\nid = \"nullx\"\n", "", "id"},
		{"ids differing in case", head + "[[models]]\nid = \"M-1\"\nname = \"A\"\n[[models]]\nid = \"m-1\"\nname = \"B\"\n",
			`p.toml:8: models[1].id: duplicate id "m-1" (first at models[0], line 4, as "M-1"; IDs that differ only in case collide`, ""},
		{"local date-time without invented Z", head + "[documents.security_plan]\nrelease_date = 2026-01-02T03:04:05\n",
			"p.toml:5: documents.security_plan.release_date: want a date YYYY-MM-DD without time; got local date-time 2026-01-02T03:04:05", ""},
		{"local time without invented year", head + "[documents.security_plan]\nrelease_date = 03:04:05\n",
			"p.toml:5: documents.security_plan.release_date: want a date YYYY-MM-DD without time; got time 03:04:05", ""},
		{"offset date-time keeps its offset", head + "[documents.security_plan]\nrelease_date = 2026-01-02T03:04:05+02:00\n",
			"p.toml:5: documents.security_plan.release_date: want a date YYYY-MM-DD without time; got date-time 2026-01-02T03:04:05+02:00", ""},
		{"remote image in the description", head + "description = \"A pump. ![logo](https://cdn.example.com/logo.png)\"\n",
			`p.toml:4: description: image "https://cdn.example.com/logo.png" loads from another host`, ""},
		{"protocol-relative image in the description", head + "description = \"![x](//cdn.example.com/x.png)\"\n",
			`p.toml:4: description: image "//cdn.example.com/x.png" loads from another host`, ""},
		// a local image is accepted when the file exists: TestMarkdownFieldValidation
		{"remote link in the description accepted", head + "description = \"See [the site](https://m.example/).\"\n", "", "description"},
		{"two entries for one purl", head + "[[components]]\nname = \"a\"\nversion = \"1\"\npurl = \"pkg:generic/a@1\"\nsupport = \"maintained\"\n[[components]]\nname = \"a\"\nversion = \"1\"\npurl = \"pkg:generic/a@1\"\nsupport = \"abandoned\"\n",
			`p.toml:9: components[1]: a second entry for purl "pkg:generic/a@1" (first at components[0], line 4)`, ""},
		{"two entries for one name and version", head + "[[components]]\nname = \"a\"\nversion = \"1\"\nsupport = \"maintained\"\n[[components]]\nname = \"A\"\nversion = \"1\"\nsupport = \"maintained\"\n",
			`p.toml:8: components[1]: a second entry for A 1 (first at components[0], line 4)`, ""},
		{"same name, other version accepted", head + "[[components]]\nname = \"a\"\nversion = \"1\"\nsupport = \"maintained\"\n[[components]]\nname = \"a\"\nversion = \"2\"\nsupport = \"maintained\"\n", "", "components[1]"},
		{"text too long", head + "description = \"" + strings.Repeat("x", MaxString+1) + "\"\n",
			"p.toml:4: description: text of 65537 bytes is longer than the limit of 65536 bytes", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			diags := decodeProduct(tc.src)
			if tc.want != "" {
				if !hasDiag(diags, tc.want) {
					t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", tc.want, diagText(diags))
				}
				return
			}
			for _, d := range diags {
				if d.Path == tc.path {
					t.Errorf("valid value rejected: %s", d)
				}
			}
		})
	}
}

func TestIntegerRangeMessage(t *testing.T) {
	src := "schema_version = 2\nid = \"p\"\n[[mds2.notes]]\nnumber = 99999999999\n"
	diags := decodeProduct(src)
	if want := "p.toml:4: mds2.notes[0].number: want an integer from 1 to 9999; got 99999999999"; !hasDiag(diags, want) {
		t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", want, diagText(diags))
	}
}

// TestSiteValidation: base_url must be an absolute http(s) URL, language
// a BCP 47 tag.
func TestSiteValidation(t *testing.T) {
	for _, tc := range []struct {
		name, extra, want string // want "" means accepted
	}{
		{"https base URL", `base_url = "https://security.example.com/docs/"`, ""},
		{"http base URL", `base_url = "http://localhost:8080/"`, ""},
		{"javascript base URL", `base_url = "javascript:alert(1)//"`, `s.toml:2: base_url: want an absolute http(s) URL; got "javascript:alert(1)//"`},
		{"relative base URL", `base_url = "/docs/"`, `s.toml:2: base_url: want an absolute http(s) URL`},
		{"data base URL", `base_url = "data:text/html,x"`, `s.toml:2: base_url: want an absolute http(s) URL`},
		{"base URL with user", `base_url = "https://user:pw@example.com/"`, `s.toml:2: base_url: want an absolute http(s) URL`},
		{"language en", `language = "en"`, ""},
		{"language en-US", `language = "en-US"`, ""},
		{"language sr-Latn-RS", `language = "sr-Latn-RS"`, ""},
		{"language de-CH", `language = "de-CH"`, ""},
		{"language with quote", `language = "en\" onload=\"x"`, `s.toml:2: language: want a BCP 47 language tag such as en, en-US or de-CH; got "en\" onload=\"x"`},
		{"language underscore", `language = "en_US"`, `s.toml:2: language: want a BCP 47 language tag`},
		{"language English", `language = "English"`, `s.toml:2: language: want a BCP 47 language tag`},
		{"language blank", `language = " "`, `s.toml:2: language: want a BCP 47 language tag`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(minimalSite, "title", tc.extra+"\ntitle", 1)
			_, diags, _ := DecodeTOML("s.toml", []byte(src), &Site{})
			if tc.want == "" {
				if len(diags) > 0 {
					t.Errorf("valid site rejected:\n  %s", diagText(diags))
				}
				return
			}
			if !hasDiag(diags, tc.want) {
				t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", tc.want, diagText(diags))
			}
		})
	}
}

// TestDeepTOML: 10,000 nested inline tables are one clear error naming the
// file and line, found before the TOML decoder runs (it took over 6 GB).
func TestDeepTOML(t *testing.T) {
	deep := "schema_version = 2\nx = " + strings.Repeat("{a=", 10000) + "1" + strings.Repeat("}", 10000) + "\n"
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, diags, ok := DecodeTOML("deep.toml", []byte(deep), &Product{})
	runtime.ReadMemStats(&after)
	if ok || len(diags) != 1 || !strings.HasPrefix(diags[0].String(), "deep.toml:2: nested deeper than 32 levels") {
		t.Fatalf("got ok=%v, diagnostics:\n  %s", ok, diagText(diags))
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 10<<20 {
		t.Errorf("rejecting deep TOML allocated %d bytes", alloc)
	}
	for name, src := range map[string]string{
		"arrays":      "schema_version = 2\nx = " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
		"dotted key":  "schema_version = 2\n" + strings.Repeat("a.", 10000) + "b = 1",
		"header":      "schema_version = 2\n[" + strings.Repeat("a.", 10000) + "b]",
		"multi-line":  "schema_version = 2\nx = [\n" + strings.Repeat("[\n", 100) + strings.Repeat("]\n", 100) + "]",
		"array lines": "schema_version = 2\nx = " + strings.Repeat("{a=[\n", 5000) + "1" + strings.Repeat("]}", 5000),
	} {
		if _, diags, ok := DecodeTOML("deep.toml", []byte(src), &Product{}); ok || !hasDiag(diags, "deep.toml:") || !strings.Contains(diagText(diags), "nested deeper than") {
			t.Errorf("%s: got ok=%v, diagnostics:\n  %s", name, ok, diagText(diags))
		}
	}
	// Nesting inside strings and comments is text, not nesting.
	text := "schema_version = 2\nid = \"p\"\nname = \"" + strings.Repeat("{[.", 100) + "\"\n# " + strings.Repeat("{", 100) +
		"\ndescription = '''\n" + strings.Repeat("[{'.\n", 100) + "'''\nsummary = \"\"\"a\\\"\"\"\"\"\n"
	if _, diags, _ := DecodeTOML("text.toml", []byte(text), &Product{}); strings.Contains(diagText(diags), "nested") || strings.Contains(diagText(diags), "TOML syntax") {
		t.Errorf("brackets in strings counted:\n  %s", diagText(diags))
	}
}

// TestExampleWithinBounds: the shipped example is far inside the bounds.
func TestExampleWithinBounds(t *testing.T) {
	src, err := os.ReadFile("../../content/halcyon-lvp7.toml")
	if err != nil {
		t.Skip(err)
	}
	if line, msg := checkBounds(src); line != 0 {
		t.Errorf("example rejected at line %d: %s", line, msg)
	}
}

func BenchmarkDeepTOML(b *testing.B) {
	deep := []byte("schema_version = 2\nx = " + strings.Repeat("{a=", 10000) + "1" + strings.Repeat("}", 10000) + "\n")
	b.ReportAllocs()
	for b.Loop() {
		DecodeTOML("deep.toml", deep, &Product{})
	}
}

// TestCRLFProductFile: a product file with CRLF line ends (a Windows
// checkout) decodes to the same values as with LF; no "\r" reaches text.
func TestCRLFProductFile(t *testing.T) {
	lf := "schema_version = 2\nid = \"p\"\nname = \"P\"\ndescription = \"\"\"\nline one\nline two\n\"\"\"\n"
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	a, b := &Product{}, &Product{}
	DecodeTOML("p.toml", []byte(lf), a)
	DecodeTOML("p.toml", []byte(crlf), b)
	if a.Description != b.Description || strings.Contains(b.Description, "\r") {
		t.Errorf("CRLF description %q; LF %q", b.Description, a.Description)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "jspgen.toml"), []byte(strings.ReplaceAll(minimalSite, "\n", "\r\n")), 0o644)
	os.Mkdir(filepath.Join(dir, "content"), 0o755)
	os.WriteFile(filepath.Join(dir, "content", "p.toml"), []byte(crlf), 0o644)
	c, _ := Load(filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
	if len(c.Products) != 1 || c.Products[0].Description != a.Description {
		t.Errorf("Load of CRLF file: %+v", c.Products)
	}
}

// writeFiles writes a site file and product files into a fresh folder.
func loadTree(t *testing.T, setup func(content string)) (string, Diagnostics) {
	t.Helper()
	dir := t.TempDir()
	site := filepath.Join(dir, "jspgen.toml")
	os.WriteFile(site, []byte(minimalSite), 0o644)
	content := filepath.Join(dir, "content")
	os.MkdirAll(content, 0o755)
	os.WriteFile(filepath.Join(content, "p.toml"), []byte("schema_version = 2\nid = \"p\"\nname = \"P\"\n"), 0o644)
	setup(content)
	done := make(chan Diagnostics)
	go func() { _, d := Load(site, content); done <- d }()
	select {
	case d := <-done:
		return content, d
	case <-time.After(20 * time.Second):
		t.Fatal("Load hangs")
	}
	return "", nil
}

// TestLoadSkipsJunk: editor and operating-system junk next to the product
// files is not read (an Emacs lock file is a dangling symlink; a macOS
// ._ file is binary).
func TestLoadSkipsJunk(t *testing.T) {
	_, diags := loadTree(t, func(content string) {
		os.Symlink("user@host.1234:1700000000", filepath.Join(content, ".#p.toml"))
		os.WriteFile(filepath.Join(content, "._p.toml"), []byte{0, 5, 22, 7, 0, 2}, 0o644)
		os.WriteFile(filepath.Join(content, ".hidden.toml"), []byte("bogus"), 0o644)
		os.WriteFile(filepath.Join(content, "p.toml~"), []byte("bogus"), 0o644)
		os.WriteFile(filepath.Join(content, "notes.txt"), []byte("bogus"), 0o644)
	})
	for _, d := range diags {
		if !strings.HasSuffix(d.File, "/content/p.toml") {
			t.Errorf("junk read: %s", d)
		}
	}
}

// TestLoadRefusesUnsafeFiles: a product file that is a FIFO, a symlink out
// of the content folder or too large is one error naming it; nothing hangs
// and nothing of the target is quoted.
func TestLoadRefusesUnsafeFiles(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(content string)
		want  string
	}{
		{"FIFO", func(content string) { mkfifo(filepath.Join(content, "q.toml")) }, "/content/q.toml: not a regular file (a named pipe); refused"},
		{"symlink out", func(content string) {
			os.WriteFile(filepath.Join(content, "..", "secret.toml"), []byte("secret = \"hunter2\"\n"), 0o644)
			os.Symlink("../secret.toml", filepath.Join(content, "q.toml"))
		}, "/content/q.toml: symbolic link leads outside the folder"},
		{"too large", func(content string) {
			os.WriteFile(filepath.Join(content, "q.toml"), []byte("schema_version = 2\n#"+strings.Repeat("x", MaxFile)), 0o644)
		}, "/content/q.toml: file too large: larger than the limit of 2 MiB (2097152 bytes)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "FIFO" && runtime.GOOS == "windows" {
				t.Skip("no named pipes on this system")
			}
			_, diags := loadTree(t, tc.setup)
			all := diagText(diags)
			if !strings.Contains(all, tc.want) {
				t.Errorf("want %q in:\n  %s", tc.want, all)
			}
			if strings.Contains(all, "hunter2") {
				t.Errorf("target quoted:\n  %s", all)
			}
		})
	}
}

// TestLoadRefusesFIFOSiteFile: the site file as a named pipe does not hang.
func TestLoadRefusesFIFOSiteFile(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "jspgen.toml")
	if err := mkfifo(site); err != nil {
		t.Skip(err)
	}
	_, diags := Load(site, dir)
	if want := "jspgen.toml: not a regular file (a named pipe)"; !strings.Contains(diagText(diags), want) {
		t.Errorf("want %q in:\n  %s", want, diagText(diags))
	}
}

// TestByteOrderMarkProductFile: a product or site file saved with a UTF-8
// byte order mark (Notepad, some Windows editors) is read as without it:
// same values, and its keys are known to be written, at their lines. Before,
// the decoder skipped the mark but the position scan stopped at it, so every
// key read as "not stated": warnings for facts the file states, and
// documents that printed defaults in their place.
func TestByteOrderMarkProductFile(t *testing.T) {
	const product = "schema_version = 2\nid = \"p\"\nname = \"P\"\nhome_use = false\n"
	for _, tc := range []struct{ name, site, product string }{
		{"LF", minimalSite, product},
		{"BOM", "\xef\xbb\xbf" + minimalSite, "\xef\xbb\xbf" + product},
		{"BOM and CRLF", "\xef\xbb\xbf" + strings.ReplaceAll(minimalSite, "\n", "\r\n"), "\xef\xbb\xbf" + strings.ReplaceAll(product, "\n", "\r\n")},
	} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "jspgen.toml"), []byte(tc.site), 0o644)
		os.Mkdir(filepath.Join(dir, "content"), 0o755)
		os.WriteFile(filepath.Join(dir, "content", "p.toml"), []byte(tc.product), 0o644)
		c, diags := Load(filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
		if strings.Contains(diagText(diags), "TOML syntax") || len(c.Products) != 1 {
			t.Errorf("%s: not loaded:\n  %s", tc.name, diagText(diags))
			continue
		}
		p := c.Products[0]
		if p.Name != "P" || !p.Source.Has("home_use") || p.Source.Line("name") != 3 {
			t.Errorf("%s: name %q, home_use stated %v, name at line %d; want P, true, 3", tc.name, p.Name, p.Source.Has("home_use"), p.Source.Line("name"))
		}
	}
}
