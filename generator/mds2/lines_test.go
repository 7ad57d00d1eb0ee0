package mds2

import "testing"

// TestCatalogLines: keys are found in their own table only, commented-out
// keys are skipped, a missing key gives the table's header line, and an
// unknown table 0.
func TestCatalogLines(t *testing.T) {
	src := "a = 1\n" + // 1
		"[[questions]]\n" + // 2
		"id = \"X\"\n" + // 3
		"\n" + // 4
		"[[questions]] # kind = 0\n" + // 5
		"# id = \"no\"\n" + // 6
		"kind = \"k\"\n" + // 7
		"applies_when = [{ id = \"Y\", answer = \"yes\" }]\n" // 8
	b := &catalogLines{src: []byte(src)}
	tests := []struct {
		table string
		i     int
		key   string
		want  int
	}{
		{"questions", 0, "id", 3},
		{"questions", 1, "id", 5}, // only inside applies_when: the table's header
		{"questions", 1, "kind", 7},
		{"questions", 0, "kind", 2}, // not in the first table: its header
		{"questions", 1, "missing", 5},
		{"questions", 2, "id", 0},
		{"questions", -1, "id", 0},
		{"sections", 0, "id", 0},
	}
	for _, tt := range tests {
		if got := b.line(tt.table, tt.i, tt.key); got != tt.want {
			t.Errorf("line(%q, %d, %q) = %d, want %d", tt.table, tt.i, tt.key, got, tt.want)
		}
	}
	if got := b.find("questions", "kind"); got != 7 {
		t.Errorf("find(questions, kind) = %d, want 7 (not the comment after the header)", got)
	}
	if got := b.find("questions", "answer"); got != 8 {
		t.Errorf("find(questions, answer) = %d, want 8 (inside an inline table)", got)
	}
	if got := b.find("", "a"); got != 1 {
		t.Errorf("find(\"\", a) = %d", got)
	}
	if got := b.find("sections", "a"); got != 0 {
		t.Errorf("find(sections, a) = %d", got)
	}
}
