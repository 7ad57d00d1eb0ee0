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
		{cloud, "a cloud service of Acme that runs " + PartRuns("manufacturer_hosted").Where()},
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
