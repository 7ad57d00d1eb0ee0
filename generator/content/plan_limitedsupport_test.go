package content

import "testing"

// TestMaintenanceNotice: the plan's Limited Support row said a version's
// support was "limited to the commitments of 11.2", which promise only
// notice lead times, for a version no notice had announced (monitoring's
// 3.4, whose only notice is a security advisory). The row now names the
// notice that states the version's remaining maintenance, or says none
// does by the plan's date: only an end-of-life or end-of-support notice
// naming the version, issued by then, with its maintenance written, and
// not one about some models' own end of support; without one, a
// component end-of-support notice that does.
func TestMaintenanceNotice(t *testing.T) {
	asOf := NewDate(2026, 1, 19)
	eol := func(id string, issued Date, versions ...string) Notice {
		return Notice{ID: id, Kind: "end_of_life", Issued: issued, Versions: versions, Maintenance: "Security fixes for critical vulnerabilities until the end of support."}
	}
	comp := func(id string, issued Date, versions ...string) Notice {
		return Notice{ID: id, Kind: "component_end_of_support", Issued: issued, Versions: versions, Maintenance: "Back-ported fixes until the end of guaranteed support."}
	}
	base := func() *Product {
		return &Product{
			Models:   []Model{{ID: "A"}, {ID: "B"}},
			Versions: []Version{{Version: "3.4"}, {Version: "4.0"}},
		}
	}
	for _, tc := range []struct {
		name    string
		notices []Notice
		want    string // the notice's ID; "" for none
	}{
		{"no notice", nil, ""},
		{"a security advisory only", []Notice{{ID: "sa", Kind: "security", Issued: NewDate(2026, 1, 12), Vulnerabilities: []string{"CVE-1"}}}, ""},
		{"an end-of-life notice for 3.4", []Notice{eol("eol-3.4", NewDate(2024, 6, 3), "3.4")}, "eol-3.4"},
		{"an end-of-support notice naming 3.4 among others", []Notice{{ID: "eos", Kind: "end_of_support", Issued: NewDate(2025, 1, 1), Versions: []string{"3.3", "3.4"}, Maintenance: "None."}}, "eos"},
		{"issued after the plan's date", []Notice{eol("later", NewDate(2026, 2, 1), "3.4")}, ""},
		{"about another version", []Notice{eol("other", NewDate(2024, 6, 3), "4.0")}, ""},
		{"maintenance not written", []Notice{{ID: "blank", Kind: "end_of_life", Issued: NewDate(2024, 6, 3), Versions: []string{"3.4"}, Maintenance: " "}}, ""},
		{"the newest of two", []Notice{eol("first", NewDate(2024, 6, 3), "3.4"), eol("second", NewDate(2025, 3, 1), "3.4")}, "second"},
		// A component notice naming the version states what it keeps
		// after the components' end (the pump's 4.2.1: fixes until its
		// end of guaranteed support); the CSD pointed to section 13's
		// generic text instead.
		{"a component notice", []Notice{comp("comp", NewDate(2024, 6, 3), "3.4")}, "comp"},
		{"a component notice about another version", []Notice{comp("comp", NewDate(2024, 6, 3), "4.0")}, ""},
		{"a component notice issued after the plan's date", []Notice{comp("comp", NewDate(2026, 2, 1), "3.4")}, ""},
		{"a component notice without maintenance", []Notice{{ID: "comp", Kind: "component_end_of_support", Issued: NewDate(2024, 6, 3), Versions: []string{"3.4"}}}, ""},
		{"the newest of two component notices", []Notice{comp("first", NewDate(2024, 6, 3), "3.4"), comp("second", NewDate(2025, 3, 1), "3.4")}, "second"},
		// The version's own notice announces its Limited Support: it wins
		// over a component notice, older or newer.
		{"an end-of-life notice beside a newer component notice", []Notice{eol("eol-3.4", NewDate(2024, 6, 3), "3.4"), comp("comp", NewDate(2025, 3, 1), "3.4")}, "eol-3.4"},
		{"an end-of-life notice beside an older component notice", []Notice{comp("comp", NewDate(2023, 6, 3), "3.4"), eol("eol-3.4", NewDate(2024, 6, 3), "3.4")}, "eol-3.4"},
		{"an end-of-life notice of another version beside a component notice", []Notice{eol("eol-4.0", NewDate(2025, 6, 3), "4.0"), comp("comp", NewDate(2024, 6, 3), "3.4")}, "comp"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			p.Notices = tc.notices
			got := ""
			if n := p.MaintenanceNotice("3.4", asOf); n != nil {
				got = n.ID
			}
			if got != tc.want {
				t.Errorf("MaintenanceNotice(3.4) = %q; want %q", got, tc.want)
			}
		})
	}
	// A notice about model A's own end of support (B still runs 3.4)
	// states A's maintenance, not the version's.
	p := base()
	p.Notices = []Notice{{ID: "model-a", Kind: "end_of_support", Issued: NewDate(2025, 1, 1), Versions: []string{"3.4"}, Models: []string{"A"}, Maintenance: "Spare parts for A until 2027."}}
	if n := p.MaintenanceNotice("3.4", asOf); n != nil {
		t.Errorf("MaintenanceNotice(3.4) = %q; want none: the notice is about model A's own end of support", n.ID)
	}
	p.Notices[0].Models = []string{"A", "B"}
	if n := p.MaintenanceNotice("3.4", asOf); n == nil {
		t.Errorf("MaintenanceNotice(3.4) = none; want the notice naming every model that runs 3.4")
	}
	// So does a component notice naming only model A (a component of
	// A's hardware), and one naming both states the version's.
	p.Notices = []Notice{comp("comp-a", NewDate(2025, 1, 1), "3.4")}
	p.Notices[0].Models = []string{"A"}
	if n := p.MaintenanceNotice("3.4", asOf); n != nil {
		t.Errorf("MaintenanceNotice(3.4) = %q; want none: the component notice is about model A only", n.ID)
	}
	p.Notices[0].Models = []string{"B", "A"}
	if n := p.MaintenanceNotice("3.4", asOf); n == nil {
		t.Errorf("MaintenanceNotice(3.4) = none; want the component notice naming every model that runs 3.4")
	}
}

// TestNoticeNoun: the documents that cite the notice stating a version's
// maintenance name it by its kind; a component notice, which may now be
// that notice, is not called an end-of-life notice.
func TestNoticeNoun(t *testing.T) {
	for kind, want := range map[string]string{
		"end_of_life":              "end-of-life notice",
		"end_of_support":           "end-of-support notice",
		"component_end_of_support": "component end-of-support notice",
		"security":                 "security advisory",
	} {
		if got := (Notice{Kind: kind}).Noun(); got != want {
			t.Errorf("Notice{Kind: %q}.Noun() = %q, want %q", kind, got, want)
		}
	}
}
