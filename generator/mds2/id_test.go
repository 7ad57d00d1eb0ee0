package mds2

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/google/go-cmp/cmp"
)

func TestCompareIDs(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"MPII-3.9", "MPII-3.10", -1},
		{"MPII-3.10", "MPII-3.9", 1},
		{"AUDT-2.8.2", "AUDT-2.9", -1},
		{"AUDT-2.8", "AUDT-2.8.1", -1},
		{"AUDT-2.10", "AUDT-2.11", -1},
		{"AUDT-2.11", "AUDT-3", -1},
		{"CSUP-10.1", "CSUP-2", 1},
		{"DOC-11.4", "MPII-1", -1},
		{"MPII-3.10", "ALOF-1", -1}, // form order, not alphabetical
		{"CONN-1", "PAUT-1", -1},
		{"NAUT-3", "CONN-1", -1},
		{"SBOM-4", "SAHD-1", -1},
		{"RMOT-1", "TXIG-2", 1},
		{"SAHD-15", "SAHD-15", 0},
		{"DOC-3", "JSP-VER", -1}, // unknown codes after form sections
		{"JSP-1", "JSP-VER", -1}, // numbered before named
		{"JSP-MODELS", "JSP-VER", -1},
		{"ABC-1", "JSP-1", -1}, // unknown codes alphabetical
		{"OTHR-1", "ABC-1", -1},
		{"MPII-1", "mpii-1", -1},  // invalid after valid
		{"SHAD-15", "SAHD-15", 1}, // SHAD is not a form code: normalize first
		{"x", "y", -1},
	}
	for _, tt := range tests {
		if got := CompareIDs(tt.a, tt.b); got != tt.want {
			t.Errorf("CompareIDs(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := CompareIDs(tt.b, tt.a); got != -tt.want {
			t.Errorf("CompareIDs(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func TestParseID(t *testing.T) {
	good := []struct {
		in   string
		want ID
	}{
		{"MPII-1", ID{Code: "MPII", Path: []int{1}}},
		{"MPII-3.10", ID{Code: "MPII", Path: []int{3, 10}}},
		{"AUDT-2.8.2", ID{Code: "AUDT", Path: []int{2, 8, 2}}},
		{"JSP-VER", ID{Code: "JSP", Name: "VER"}},
		{"JSP-MODELS2", ID{Code: "JSP", Name: "MODELS2"}},
	}
	for _, tt := range good {
		got, err := ParseID(tt.in)
		if err != nil {
			t.Errorf("ParseID(%q): %v", tt.in, err)
			continue
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("ParseID(%q) (-want +got):\n%s", tt.in, d)
		}
		if got.String() != tt.in {
			t.Errorf("ParseID(%q).String() = %q", tt.in, got.String())
		}
	}
	bad := []string{
		"", "MPII", "MPII-", "MPII-0", "MPII-01", "MPII-1.", "MPII-.1", "MPII-1..2",
		"MPII-1.2.3.4", "mpii-1", "M-1", "ABCDEFGHI-1", "MPII-1a", "MPII-10000",
		"MPII-VER", "SAHD-X", "JSP-ver", "JSP-V-R", " MPII-1", "MPII-1 ", "MPII–1",
	}
	for _, s := range bad {
		if id, err := ParseID(s); err == nil {
			t.Errorf("ParseID(%q) = %+v, want error", s, id)
		}
	}
}

func TestIDParent(t *testing.T) {
	for in, want := range map[string]string{
		"AUDT-2.8.1": "AUDT-2.8", "MPII-2.1": "MPII-2", "MPII-2": "", "JSP-VER": "",
	} {
		id, err := ParseID(in)
		if err != nil {
			t.Fatal(err)
		}
		p, ok := id.Parent()
		if got := p.String(); ok != (want != "") || (ok && got != want) {
			t.Errorf("Parent(%s) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestNormalizeID(t *testing.T) {
	tests := map[string]string{
		"SHAD-15":         "SAHD-15",
		"shad-15":         "SAHD-15",
		" SAHD-15 ":       "SAHD-15",
		"mpii-3.10":       "MPII-3.10",
		"MPII – 3.10":     "MPII-3.10",
		"AUDT\u20112.8.1": "AUDT-2.8.1",
		"SBoM-2.1":        "SBOM-2.1",
		"jsp-ver":         "JSP-VER",
		"SHADOW-1":        "SHADOW-1",
		"":                "",
	}
	for in, want := range tests {
		got := NormalizeID(in)
		if got != want {
			t.Errorf("NormalizeID(%q) = %q, want %q", in, got, want)
		}
		if again := NormalizeID(got); again != got {
			t.Errorf("NormalizeID not idempotent on %q: %q", got, again)
		}
	}
}

func TestParseAnswer(t *testing.T) {
	good := map[string]Answer{
		"yes": Yes, "Yes": Yes, "YES": Yes, " yes ": Yes,
		"no": No, "No": No,
		"na": NA, "NA": NA, "n/a": NA, "N/A": NA,
		"see_note": SeeNote, "See Note": SeeNote, "see  notes": SeeNote, "SEE NOTES": SeeNote, "see_notes": SeeNote,
	}
	for in, want := range good {
		got, err := ParseAnswer(in)
		if err != nil || got != want {
			t.Errorf("ParseAnswer(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "y", "true", "n.a.", "not applicable", "see", "note", "__", "See Note 3"} {
		if got, err := ParseAnswer(in); err == nil {
			t.Errorf("ParseAnswer(%q) = %v, want error", in, got)
		}
	}
}

func TestAnswerString(t *testing.T) {
	want := map[Answer]string{Yes: "Yes", No: "No", NA: "N/A", SeeNote: "See Note", Unanswered: ""}
	for a, s := range want {
		if a.String() != s {
			t.Errorf("%d.String() = %q, want %q", a, a.String(), s)
		}
		if a == Unanswered {
			continue
		}
		back, err := ParseAnswer(a.String())
		if err != nil || back != a {
			t.Errorf("ParseAnswer(%q) = %v, %v; want round trip", a.String(), back, err)
		}
	}
}

func TestAnswerTOML(t *testing.T) {
	var v struct {
		A map[string]Answer `toml:"a"`
	}
	if _, err := toml.Decode(`a = { "MPII-1" = "Yes", "MPII-2" = "see notes", "MPII-3" = "n/a" }`, &v); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(map[string]Answer{"MPII-1": Yes, "MPII-2": SeeNote, "MPII-3": NA}, v.A); d != "" {
		t.Errorf("decoded answers (-want +got):\n%s", d)
	}
	_, err := toml.Decode("\n\na = { \"MPII-1\" = \"perhaps\" }", &v)
	if err == nil || !strings.Contains(err.Error(), "perhaps") {
		t.Errorf("bad answer: err = %v", err)
	}
}

func FuzzCompareIDs(f *testing.F) {
	for _, s := range []string{
		"MPII-3.9", "MPII-3.10", "AUDT-2.8.2", "AUDT-2.9", "SHAD-15", "SAHD-15",
		"JSP-VER", "DOC-11.4", "MPII-01", "", "-", "A-1", "ZZZZZZZZ-9999.9999.9999",
	} {
		f.Add(s, "MPII-3.10", "JSP-VER")
	}
	f.Fuzz(func(t *testing.T, a, b, c string) {
		// IDs are short; the fuzzer minimises every new input it finds, for
		// up to a minute each, in executions it does not count.
		if len(a)+len(b)+len(c) > 96 {
			return
		}
		ab, ba := CompareIDs(a, b), CompareIDs(b, a)
		if ab != -ba {
			t.Fatalf("not antisymmetric: cmp(%q,%q)=%d, cmp(%q,%q)=%d", a, b, ab, b, a, ba)
		}
		if (ab == 0) != (a == b) {
			t.Fatalf("cmp(%q,%q)=%d: 0 exactly for equal strings", a, b, ab)
		}
		if CompareIDs(a, a) != 0 {
			t.Fatalf("cmp(%q,%q) != 0", a, a)
		}
		if ab <= 0 && CompareIDs(b, c) <= 0 && CompareIDs(a, c) > 0 {
			t.Fatalf("not transitive: %q <= %q <= %q but cmp(a,c) > 0", a, b, c)
		}
		if id, err := ParseID(a); err == nil && id.String() != a {
			t.Fatalf("ParseID(%q).String() = %q", a, id.String())
		}
		n := NormalizeID(a)
		if NormalizeID(n) != n {
			t.Fatalf("NormalizeID not idempotent: %q -> %q -> %q", a, n, NormalizeID(n))
		}
		_, _ = ParseAnswer(a)
	})
}

// SortIDs orders as sorting by CompareIDs does, invalid IDs included.
func TestSortIDsMatchesCompareIDs(t *testing.T) {
	ids := []string{"x", "MPII-3.10", "SHAD-15", "JSP-VER", "AUDT-2.8.2", "mpii-1", "AUDT-2.8",
		"ABC-1", "MPII-3.9", "DOC-11.4", "JSP-1", "AUDT-2.10", "CONN-1", "y", "SBOM-4", "SAHD-1",
		"NAUT-3", "JSP-MODELS", "OTHR-1", "AUDT-2.8.1", "CSUP-2", "CSUP-10.1", "ALOF-1", "TXIG-2"}
	for _, code := range []string{"DOC", "MPII", "AUDT", "SAHD", "JSP"} {
		for n := 1; n <= 12; n++ {
			ids = append(ids, fmt.Sprintf("%s-%d", code, n), fmt.Sprintf("%s-%d.%d", code, n%3+1, n))
		}
	}
	want := slices.Clone(ids)
	slices.SortFunc(want, CompareIDs)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	SortIDs(ids)
	if !slices.Equal(ids, want) {
		t.Errorf("SortIDs = %v\nwant %v", ids, want)
	}
}
