package content

import "testing"

// TestRelatedWhatAndOwners: a related system of another maker (a CGM the
// app reads) reads as that maker's, with no "that runs" clause when where
// it runs is not stated; the manufacturer's systems keep theirs.
func TestRelatedWhatAndOwners(t *testing.T) {
	p := &Product{Parts: []Part{{ID: "server", Runs: "customer_hosted"}}}
	own := RelatedSystem{ID: "srv", Kind: "server_software", Part: "server"}
	cgm := RelatedSystem{ID: "cgm", Kind: "other", Maker: "Dexcom, Inc."}
	cloud := RelatedSystem{ID: "cl", Kind: "cloud_service", Maker: "Acme", Runs: "manufacturer_hosted"}
	for _, tc := range []struct {
		s    RelatedSystem
		want string
	}{
		{own, "server software that runs " + PartRuns("customer_hosted").Where()},
		{cgm, "a system of Dexcom, Inc."},
		{cloud, "a cloud service of Acme hosted by the manufacturer"},
	} {
		if got := p.RelatedWhat(tc.s); got != tc.want {
			t.Errorf("RelatedWhat(%s) = %q, want %q", tc.s.ID, got, tc.want)
		}
	}
	for _, tc := range []struct {
		systems []RelatedSystem
		want    string
	}{
		{[]RelatedSystem{own}, "of Meridian"},
		{[]RelatedSystem{cgm}, "of another maker"},
		{[]RelatedSystem{cgm, cloud}, "of other makers"},
		{[]RelatedSystem{own, cgm}, "of Meridian or of the other makers named"},
	} {
		p.RelatedSystems = tc.systems
		if got := p.RelatedOwners("Meridian"); got != tc.want {
			t.Errorf("RelatedOwners with %d systems = %q, want %q", len(tc.systems), got, tc.want)
		}
	}
}

// TestRelatedVersionStage: a released version of another maker's system
// with neither end of life nor end of support stated is "Not stated"
// (that maker decides its support), not "Support"; any end it states, a
// version not released yet, and the manufacturer's own systems keep the
// stage their dates give.
func TestRelatedVersionStage(t *testing.T) {
	day := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	on := day("2026-12-03")
	theirs := RelatedSystem{ID: "cgm", Maker: "Dexcom, Inc."}
	ours := RelatedSystem{ID: "srv"}
	for _, tc := range []struct {
		name string
		s    RelatedSystem
		v    RelatedVersion
		want string
	}{
		{"another maker's, no end stated", theirs, RelatedVersion{GeneralAvailability: day("2023-02-10")}, "Not stated"},
		{"another maker's, end of support ahead", theirs, RelatedVersion{GeneralAvailability: day("2023-02-10"), EndOfSupport: day("2028-01-01")}, "Support"},
		{"another maker's, end of life passed, end of support not stated", theirs, RelatedVersion{GeneralAvailability: day("2023-02-10"), EndOfLife: day("2026-01-01")}, StageSupportUndecided},
		{"another maker's, end of life passed, end of support ahead", theirs, RelatedVersion{GeneralAvailability: day("2023-02-10"), EndOfLife: day("2026-01-01"), EndOfSupport: day("2028-01-01")}, "Limited Support"},
		{"another maker's, support ended", theirs, RelatedVersion{GeneralAvailability: day("2020-02-10"), EndOfSupport: day("2025-01-01")}, "End of Support"},
		{"another maker's, end of support does not apply", theirs, RelatedVersion{GeneralAvailability: day("2023-02-10"), EndOfSupport: NotApplicableDate()}, "Support"},
		{"another maker's, not released yet", theirs, RelatedVersion{GeneralAvailability: day("2027-02-10")}, "Development"},
		{"the manufacturer's, no end stated", ours, RelatedVersion{GeneralAvailability: day("2023-02-10")}, "Support"},
	} {
		if got := tc.s.VersionStage(tc.v, on); got != tc.want {
			t.Errorf("%s: VersionStage = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestRelatedKeptBy: who keeps a related system on a working version is
// its kept_by when written, either way whatever runs it; else the
// manufacturer for a system it hosts (its own runs or its part's), else
// the customer. RelatedKeptNames lists each side's names.
func TestRelatedKeptBy(t *testing.T) {
	p := &Product{Parts: []Part{{ID: "server", Runs: "customer_hosted"}, {ID: "cloud", Runs: "manufacturer_hosted"}}}
	for _, tc := range []struct {
		s    RelatedSystem
		want string
	}{
		{RelatedSystem{Part: "server"}, "customer"},
		{RelatedSystem{Part: "cloud"}, "manufacturer"},
		{RelatedSystem{Runs: "manufacturer_hosted"}, "manufacturer"},
		{RelatedSystem{Maker: "Korvel"}, "customer"},
		{RelatedSystem{Maker: "Korvel", KeptBy: "manufacturer"}, "manufacturer"},
		{RelatedSystem{Part: "server", KeptBy: "manufacturer"}, "manufacturer"},
		{RelatedSystem{Part: "cloud", KeptBy: "customer"}, "customer"},
		{RelatedSystem{Runs: "manufacturer_hosted", KeptBy: "customer"}, "customer"},
	} {
		if got := p.RelatedKeptBy(tc.s); got != tc.want {
			t.Errorf("RelatedKeptBy(part %q, runs %q, maker %q, kept_by %q) = %q, want %q", tc.s.Part, tc.s.Runs, tc.s.Maker, tc.s.KeptBy, got, tc.want)
		}
	}
	p.RelatedSystems = []RelatedSystem{
		{Name: "Connect", Part: "server"},
		{Name: "Cuff", Maker: "Korvel", KeptBy: "manufacturer"},
		{Name: "Cloud", Part: "cloud"},
		{Name: "Scale", Maker: "Tarrow"},
	}
	if got, want := p.RelatedKeptNames("customer"), "Connect and Scale"; got != want {
		t.Errorf("RelatedKeptNames(customer) = %q, want %q", got, want)
	}
	if got, want := p.RelatedKeptNames("manufacturer"), "Cuff and Cloud"; got != want {
		t.Errorf("RelatedKeptNames(manufacturer) = %q, want %q", got, want)
	}
}
