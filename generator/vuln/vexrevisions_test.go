package vuln_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// revisionsProduct is a product whose 1.0 is fixed by 2.0 (released
// 2022-08-15, supported until 2025-06-30), 2.1 released 2023-02-01;
// edit changes the product's and the set's versions.
func revisionsProduct(edit func(*content.Product, *vuln.Set), list ...*vuln.Vulnerability) (*content.Product, *vuln.Set) {
	d := content.NewDate
	p := &content.Product{ID: "dock", Name: "Dock", Versions: []content.Version{
		{Version: "1.0", GeneralAvailability: d(2021, 1, 1)},
		{Version: "2.0", GeneralAvailability: d(2022, 8, 15), EndOfSupport: d(2025, 6, 30)},
		{Version: "2.1", GeneralAvailability: d(2023, 2, 1)},
	}}
	s := &vuln.Set{Versions: []vuln.Version{
		{Version: "1.0", Name: "Dock", Ref: "pkg:generic/acme/dock@1.0", Available: d(2021, 1, 1)},
		{Version: "2.0", Name: "Dock", Ref: "pkg:generic/acme/dock@2.0", Available: d(2022, 8, 15), EndOfSupport: d(2025, 6, 30)},
		{Version: "2.1", Name: "Dock", Ref: "pkg:generic/acme/dock@2.1", Available: d(2023, 2, 1)},
	}, List: list}
	if edit != nil {
		edit(p, s)
	}
	return p, s
}

type revisionCase struct {
	name    string
	entry   func() *vuln.Vulnerability
	edit    func(*content.Product, *vuln.Set)
	asOf    content.Date
	date    string
	version int
	last    string // the newest revision's changes
}

// revisionCases are 1.0's VEX as of a date: CVE-2022-0778, found on
// 2022-03-15, affects it, with compensating controls; 2.0 has the fix.
func revisionCases() []revisionCase {
	d := content.NewDate
	ctl := []string{"Allow TCP 8443 from the hospital network only."}
	nonePlanned := func() *vuln.Vulnerability {
		return &vuln.Vulnerability{ID: "CVE-2022-0778", Version: "1.0", Status: "affected", FixedIn: "2.0", Fix: "none_planned",
			Discovered: d(2022, 3, 15), Disclosed: d(2022, 3, 15), CompensatingControls: ctl}
	}
	released := func() *vuln.Vulnerability {
		return &vuln.Vulnerability{ID: "CVE-2022-0778", Version: "1.0", Status: "affected", FixedIn: "2.0",
			Discovered: d(2022, 3, 15), Disclosed: d(2022, 3, 15), CompensatingControls: ctl}
	}
	euLater := func(p *content.Product, _ *vuln.Set) {
		p.Markets = []string{"us", "eu"}
		p.Versions[1].MarketReleases = []content.MarketRelease{{Market: "eu", GeneralAvailability: d(2023, 1, 10)}}
	}
	withdrawn := func(_ *content.Product, s *vuln.Set) {
		s.Versions[1].Withdrawn, s.Versions[1].ReplacedBy = d(2023, 3, 1), "2.1"
	}
	return []revisionCase{
		{"no fix planned, before the version with the fix", nonePlanned, nil, d(2022, 5, 1), "2022-03-15", 1, "Initial version"},
		{"no fix planned, the version with the fix released", nonePlanned, nil, d(2023, 1, 1), "2022-08-15", 2, "version 2.0, which has the fix for CVE-2022-0778, released"},
		{"no fix planned, the day before its end of support", nonePlanned, nil, d(2025, 6, 29), "2022-08-15", 2, "version 2.0, which has the fix for CVE-2022-0778, released"},
		{"no fix planned, the version with the fix past its end of support", nonePlanned, nil, d(2026, 9, 1), "2025-06-30", 3, "support for version 2.0, which has the fix for CVE-2022-0778, ended"},
		{"fix released, then its version's support ended", released, nil, d(2026, 9, 1), "2025-06-30", 3, "support for version 2.0, which has the fix for CVE-2022-0778, ended"},
		{"fix released in a later market", released, euLater, d(2023, 6, 1), "2023-01-10", 3, "version 2.0, which has the fix for CVE-2022-0778, released in the European Union"},
		{"fix released, the later market still to come", released, euLater, d(2022, 12, 1), "2022-08-15", 2, "fix for CVE-2022-0778 released"},
		{"the version with the fix withdrawn, its replacement out before", released, withdrawn, d(2023, 6, 1), "2023-03-01", 3, "version 2.0, which had the fix for CVE-2022-0778, withdrawn: its remediation names version 2.1"},
	}
}

// TestVEXRevisionsDateAndNumberAllThreeFiles: a version's CycloneDX and
// OpenVEX files bear the date and version of the CSAF twin's current
// revision (VEXRevisions), and each day by the as-of date on which a
// statement of theirs changed is a revision: the version with the fix
// released (also for a version with no fix planned of its own, which is
// then sent to it), released in a later market, withdrawn, past its end
// of support. The files of pumpdock 3.1.0 were dated 2025-06-30 (the fix
// version's end of support) at version 1, beside a CSAF twin dated
// 2022-03-15: the date counted these days, the version did not. A day
// after the as-of date is no revision.
func TestVEXRevisionsDateAndNumberAllThreeFiles(t *testing.T) {
	for _, c := range revisionCases() {
		t.Run(c.name, func(t *testing.T) {
			p, all := revisionsProduct(c.edit, c.entry())
			s := all.KnownBy(c.asOf)
			rev := s.VEXRevisions(p, "1.0", c.asOf)
			if got := rev.Last.String(); got != c.date || rev.Version() != c.version {
				t.Errorf("revisions dated %s, version %d; want %s, version %d (%+v)", got, rev.Version(), c.date, c.version, rev.Changes)
			}
			last := "Initial version"
			if n := len(rev.Changes); n > 0 {
				last = strings.Join(rev.Changes[n-1].Changes, "; ")
				if rev.Changes[n-1].Date != rev.Last {
					t.Errorf("newest revision on %s; the files are dated %s", rev.Changes[n-1].Date, rev.Last)
				}
			}
			if last != c.last {
				t.Errorf("newest revision %q; want %q", last, c.last)
			}
			bom, doc := vexFiles(t, p, s, c.asOf)
			if got := strings.TrimSuffix(bom.Metadata.Timestamp, "T00:00:00Z"); got != c.date || bom.Version != c.version {
				t.Errorf("CycloneDX dated %s, version %d; want %s, version %d", got, bom.Version, c.date, c.version)
			}
			if got := strings.TrimSuffix(doc.Timestamp, "T00:00:00Z"); got != c.date || doc.Version != c.version {
				t.Errorf("OpenVEX dated %s, version %d; want %s, version %d", got, doc.Version, c.date, c.version)
			}
		})
	}
}

// TestVEXVersionGoesUpWhenStatementsChange: built day by day, a
// version's CycloneDX and OpenVEX files go up one version, and change
// their date, on exactly the days on which what they state changed: no
// change goes unnumbered, and no revision changes nothing. The history
// the CSAF twin prints (VEXRevisions) has a revision on each of these
// days: a fix version withdrawn after its replacement came out had one
// on the replacement's release, when nothing changed, and none on its
// own release.
func TestVEXVersionGoesUpWhenStatementsChange(t *testing.T) {
	d := content.NewDate
	stamps := regexp.MustCompile(`"(timestamp|version)": ("[^"]*"|\d+)`)
	for _, c := range revisionCases() {
		if c.asOf != d(2026, 9, 1) && c.asOf != d(2023, 6, 1) {
			continue // the cases' data, once each
		}
		t.Run(c.name, func(t *testing.T) {
			var prevText, prevDate string
			var prevVersion int
			var changedOn []string
			// From the first day the file is built: a version with no
			// vulnerability public has none.
			for day := d(2022, 3, 15); !day.After(c.asOf); day = day.AddDays(1) {
				p, all := revisionsProduct(c.edit, c.entry())
				s := all.KnownBy(day)
				pub := vuln.Publisher{Name: "Acme", Tool: "jspgen test", AsOf: day}
				a, err := s.CycloneDX(p, "1.0", pub)
				if err != nil {
					t.Fatal(err)
				}
				b, err := s.OpenVEX(p, "1.0", "urn:test:vex-1.0", pub)
				if err != nil {
					t.Fatal(err)
				}
				text := stamps.ReplaceAllString(string(a)+string(b), "")
				bom, _ := vexFiles(t, p, s, day)
				if prevText != "" {
					changed, up := text != prevText, bom.Version != prevVersion
					if changed != up || up && bom.Version != prevVersion+1 {
						t.Errorf("on %s: statements changed %v, version %d after %d", day, changed, bom.Version, prevVersion)
					}
					if moved := bom.Metadata.Timestamp != prevDate; moved != up {
						t.Errorf("on %s: dated %s after %s, version %d after %d", day, bom.Metadata.Timestamp, prevDate, bom.Version, prevVersion)
					}
				}
				if prevText != "" && text != prevText {
					changedOn = append(changedOn, day.String())
				}
				prevText, prevVersion, prevDate = text, bom.Version, bom.Metadata.Timestamp
			}
			// The history built on the last day has a revision on each
			// day the statements changed, and on no other.
			p, all := revisionsProduct(c.edit, c.entry())
			var history []string
			for _, ch := range all.KnownBy(c.asOf).VEXRevisions(p, "1.0", c.asOf).Changes {
				history = append(history, ch.Date.String())
			}
			if strings.Join(history, " ") != strings.Join(changedOn, " ") {
				t.Errorf("revisions on %v; the statements changed on %v", history, changedOn)
			}
		})
	}
}

// vexFile is what a version's CycloneDX or OpenVEX file says of itself.
type vexFile struct {
	Version   int    `json:"version"`
	Timestamp string `json:"timestamp"`
	Metadata  struct {
		Timestamp string `json:"timestamp"`
	} `json:"metadata"`
}

// vexFiles are 1.0's CycloneDX and OpenVEX files as of asOf.
func vexFiles(t *testing.T, p *content.Product, s *vuln.Set, asOf content.Date) (bom, doc vexFile) {
	t.Helper()
	pub := vuln.Publisher{Name: "Acme", Tool: "jspgen test", AsOf: asOf}
	b, err := s.CycloneDX(p, "1.0", pub)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &bom); err != nil {
		t.Fatal(err)
	}
	b, err = s.OpenVEX(p, "1.0", "urn:test:vex-1.0", pub)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return bom, doc
}
