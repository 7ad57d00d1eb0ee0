package generator

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jspgen/jspgen"
)

// exampleBlock is the text of the example product file's first table
// headed header, up to the blank line that ends it: a piece of the
// example as `jspgen init` copies it.
func exampleBlock(t *testing.T, header string) string {
	t.Helper()
	data, err := fs.ReadFile(jspgen.Example, "content/halcyon-lvp7.toml")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "\n"+header+"\n")
	if !ok {
		t.Fatalf("the example has no %s", header)
	}
	block, _, _ := strings.Cut(rest, "\n\n")
	return header + "\n" + block + "\n"
}

// TestExampleEntriesInFile: short values the line comparison never sees
// are the example's where they come together: a whole [[...]] entry equal
// to one of the example's (the pump's certification, its document
// approvals), a document ID, a phone number, a multi-line text. Each is
// reported at its line, several entries of one array in one warning that
// lists every line; a stock entry any product may share, and the user's
// own values, are not.
func TestExampleEntriesInFile(t *testing.T) {
	ex := readExampleFacts(jspgen.Example)
	cert := exampleBlock(t, "[[certifications]]")
	approval := exampleBlock(t, "[[documents.security_plan.approvals]]")
	tests := []struct {
		name, file string
		want       []string // substrings, one per warning, in order; none: clean
		line       int      // of the first warning
	}{
		{"the example's certification", "id = \"dock\"\n\n" + cert,
			[]string{`this [[certifications]] entry is the example's, every value of it: `}, 3},
		// The example's revision entry (Dosewise's lifecycle page) in three
		// history lists: only the list the example wrote it in holds the
		// example's entry; in another document's history the same values
		// are that document's own first release on the same day. The label
		// gives the whole entry, not its first value only.
		{"the example's revision in its own history list only", "[notices.document]\nhistory = [{ revision = \"A\", date = 2025-09-15, summary = \"First release.\" }]\n\n" +
			"[documents.csd]\nhistory = [{ revision = \"A\", date = 2025-09-15, summary = \"First release.\" }]\n\n" +
			"[documents.lifecycle]\nhistory = [{ revision = \"A\", date = 2025-09-15, summary = \"First release.\" }]\n",
			[]string{`this [[documents.lifecycle.history]] entry is the example's, every value of it: revision = "A", date = 2025-09-15, summary = "First release."; replace it`}, 8},
		{"one value changed is the user's", "id = \"dock\"\n\n" + strings.Replace(cert, "2025-04-18", "2025-04-19", 1), nil, 0},
		{"keys reordered are still the example's", "id = \"dock\"\n\n[[certifications]]\nbody = \"UL Solutions\"\n" +
			strings.Replace(strings.Replace(cert, "[[certifications]]\n", "", 1), "body = \"UL Solutions\"\n", "", 1), []string{`this [[certifications]] entry is the example's`}, 3},
		{"two approvals, every line named", "[documents.security_plan]\nrevision = \"A\"\n\n" + approval + "\n" + approval,
			[]string{"2 [[documents.security_plan.approvals]] entries, at lines 4 and " + lineOf(approval+"\n", 1, 4)}, 4},
		{"a stock entry any product may share", "[[notices]]\nid = \"x\"\nstops = [{ what = \"technical_support\", milestone = \"end_of_support\" }]\n", nil, 0},
		{"the example's document ID", "[documents.csd]\nid = \"MIS-LVP7-CSD-001\"\nrevision = \"A\"\n",
			[]string{`the document control is the example's: documents.csd.id "MIS-LVP7-CSD-001" (line 2)`}, 2},
		{"the example's phone number", "[manufacturer.security_contact]\nemail = \"psirt@dock.example\"\nphone = \"+1 612 555 0147\"\n",
			[]string{`manufacturer.security_contact.phone "+1 612 555 0147" (line 3)`}, 3},
		{"own facts", "[manufacturer.security_contact]\nphone = \"+44 20 7946 0000\"\nhours = \"24/7\"\n[documents.csd]\nid = \"BW-DOCK-CSD-001\"\n", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := exampleEntriesInFile("f.toml", []byte(tt.file), ex)
			if len(got) != len(tt.want) {
				t.Fatalf("%d warnings, want %d:\n%v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i].Message, w) {
					t.Errorf("warning %d = %s, want it to say %q", i, got[i], w)
				}
			}
			if len(got) > 0 && got[0].Line != tt.line {
				t.Errorf("warned at line %d, want %d", got[0].Line, tt.line)
			}
		})
	}
	// a multi-line text of the example, re-wrapped, at the same key
	data, _ := fs.ReadFile(jspgen.Example, "content/halcyon-lvp7.toml")
	_, rest, _ := strings.Cut(string(data), "\n[[mds2.notes]]\n")
	_, text, _ := strings.Cut(rest, `text = """`)
	text, _, _ = strings.Cut(text, `"""`)
	file := "[[mds2.notes]]\nid = 99\ntext = \"\"\"\n" + strings.Join(strings.Fields(text), "\n") + "\"\"\"\n"
	got := exampleEntriesInFile("f.toml", []byte(file), ex)
	if len(got) != 1 || !strings.Contains(got[0].Message, "1 multi-line texts are the example's word for word") || got[0].Line != 3 {
		t.Errorf("the example's note text under another id: %v", got)
	}
}

// lineOf is the line number, as text, at which the nth copy (0-based) of
// block starts in a file whose first copy starts at line first.
func lineOf(block string, n, first int) string {
	return strconv.Itoa(first + n*strings.Count(block, "\n"))
}

// TestExampleShortMarkers: the example's short product names and its
// document ID prefix, derived from the example, are reported at every
// line; a word that merely contains them is not.
func TestExampleShortMarkers(t *testing.T) {
	ex := readExampleFacts(jspgen.Example)
	file := "name = \"Halcyon LVP-7 pump\"\nid = \"MIS-LVP7-SEC-001\"\nx = \"Dosewise import\"\ny = \"a mis-set alarm limit\"\n"
	got := exampleInFile("f.toml", []byte(file), ex, true)
	var msgs []string
	for _, d := range got {
		msgs = append(msgs, d.Message)
	}
	all := strings.Join(msgs, "\n")
	for _, w := range []string{`line 1 holds "Halcyon"`, `line 2 holds "MIS-", the prefix of the example's document IDs`, `line 3 holds "Dosewise"`} {
		if !strings.Contains(all, w) {
			t.Errorf("want %q in:\n%s", w, all)
		}
	}
	if strings.Contains(all, "line 4") {
		t.Errorf("\"mis-set\" is not the example's ID prefix:\n%s", all)
	}
	// every line named, no "N more"
	many := strings.Repeat("a = \"Halcyon\"\n", 12)
	got = exampleInFile("f.toml", []byte(many), ex, true)
	if len(got) != 1 || !strings.Contains(got[0].Message, "12 lines (1–12)") || strings.Contains(got[0].Message, "more") {
		t.Errorf("12 lines: %v", got)
	}
}

// TestExampleWarningsScaffolded: a scaffold whose manufacturer was renamed
// but whose product file is the example's is warned at its whole entries
// (the certification) and its site file at the example's phone numbers;
// the unedited example is still exempt.
func TestExampleWarningsScaffolded(t *testing.T) {
	site, err := os.ReadFile("../jspgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	product, err := os.ReadFile("../content/halcyon-lvp7.toml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "jspgen.toml"), []byte(strings.ReplaceAll(string(site), "Meridian Infusion Systems, Inc.", "Brightwater Diagnostics, Inc.")), 0o644)
	os.Mkdir(filepath.Join(dir, "content"), 0o755)
	os.WriteFile(filepath.Join(dir, "content", "dock.toml"), product, 0o644)
	all := ""
	for _, d := range exampleWarnings(filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content")) {
		all += d.String() + "\n"
		if d.Line <= 1 {
			t.Errorf("a warning without its line: %s", d)
		}
	}
	for _, w := range []string{"[[certifications]] entries", "UL 2900-2-1", "manufacturer.security_contact.phone", "[[documents.security_plan.approvals]]", "the document control is the example's"} {
		if !strings.Contains(all, w) {
			t.Errorf("want %q among the warnings:\n%s", w, all)
		}
	}
}
