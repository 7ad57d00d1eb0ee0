package generator

import (
	"strings"
	"testing"
)

// TestFallradarMDS2Hosted (sparse review 79, fallradar F6, F9, F10): the
// Sentinel Server is a VM the hospital runs beside the radar sensors.
// MPII-2's Yes says its store is the server's, which agrees with the note
// that the sensors keep none; MPII-2.4 is Yes from database = true on the
// PostgreSQL store; MPII-3.5 is not Yes from the VM's virtual adapter.
func TestFallradarMDS2Hosted(t *testing.T) {
	md := buildFixture(t, "fallradar")("sentinel/mds2.md")
	row := func(id string) string {
		for _, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(line, "| "+id+" | ") {
				return line
			}
		}
		t.Fatalf("no row %s in mds2.md", id)
		return ""
	}
	for _, c := range []struct{ id, want string }{
		{"MPII-2", "lists PHI or PII (db), a store of Sentinel Server, on a server the customer hosts, a part of the product that is not the device's own hardware"},
		{"MPII-2.4", `[Yes](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: data_stores[0].database is true for db`},
		{"MPII-3.5", "| Not stated |"},
	} {
		if r := row(c.id); !strings.Contains(r, c.want) {
			t.Errorf("%s row\n%s\nlacks %q", c.id, r, c.want)
		}
	}
}
