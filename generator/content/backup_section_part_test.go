package content

import "testing"

// TestBackedUpByPointsToTheBackupSection: the CSD's responsibility table
// printed Backup "Not stated" for pocketus's Sonvira Cloud, hosted by the
// manufacturer, beside a [backup] section about that very service. A part
// whose runs name nobody for its backup now points to the section when
// the product states [backup] and the part may keep data (the product
// states no data stores, or one of them is on the part); without [backup],
// or for a part no stated store is on, it names nobody as before, and a
// part's own words and the other runs' defaults are unchanged.
func TestBackedUpByPointsToTheBackupSection(t *testing.T) {
	const ref = "See the backup and restore section"
	backup := Backup{Scope: "Studies, once uploaded.", Method: "Daily.", Restore: []string{"Sign in."}, Authenticity: "TLS."}
	parts := func() []Part {
		return []Part{
			{ID: "probe", Name: "Probe", Runs: "device"},
			{ID: "app", Name: "App", Runs: "customer_device"},
			{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			{ID: "own", Name: "Relay", Runs: "manufacturer_hosted", Backup: "Not backed up: it keeps nothing."},
			{ID: "server", Name: "Server", Runs: "customer_hosted"},
		}
	}
	storesStated := SourceOfText("p.toml", []byte("data_stores = []\n"))
	for _, c := range []struct {
		name   string
		backup Backup
		stores []DataStore
		src    Source
		want   map[string]string
	}{
		{"no [backup]", Backup{}, []DataStore{{ID: "db", Part: "cloud"}}, Source{},
			map[string]string{"probe": ref, "app": "", "cloud": "", "own": "Not backed up: it keeps nothing."}},
		{"[backup], data stores not stated", backup, nil, Source{},
			map[string]string{"probe": ref, "app": ref, "cloud": ref, "own": "Not backed up: it keeps nothing."}},
		{"[backup], a store on the cloud only", backup, []DataStore{{ID: "db", Part: "cloud"}}, Source{},
			map[string]string{"probe": ref, "app": "", "cloud": ref}},
		{"[backup], data_stores = []", backup, nil, storesStated,
			map[string]string{"app": "", "cloud": ""}},
	} {
		p := &Product{Parts: parts(), Backup: c.backup, DataStores: c.stores, Source: c.src}
		fillParts(p, nil, nil, p.DataStores)
		for _, pt := range p.Parts {
			want, ok := c.want[pt.ID]
			if !ok {
				continue
			}
			if got := pt.BackedUpBy(); got != want {
				t.Errorf("%s: %s backed up by %q, want %q", c.name, pt.ID, got, want)
			}
		}
		// The customer-hosted default is the CSD partial's to complete.
		if got := p.Part("server").BackedUpBy(); got != "The customer backs up the host; who backs up the application's data is not stated" {
			t.Errorf("%s: server backed up by %q", c.name, got)
		}
	}

	// A version's view that shares its parts with the product's marks a
	// copy: the product as written (no [backup]) keeps naming nobody.
	base := &Product{Parts: parts()}
	fillParts(base, nil, nil, nil)
	q := *base
	q.Backup = backup
	fillParts(&q, nil, nil, nil)
	if got := q.Part("cloud").BackedUpBy(); got != ref {
		t.Errorf("the view with [backup]: cloud backed up by %q", got)
	}
	if got := base.Part("cloud").BackedUpBy(); got != "" {
		t.Errorf("the product without [backup] changed with its view: cloud backed up by %q", got)
	}
	// A store a version adds (passed to fillParts before the view holds
	// it) counts, and a later call without it does not take the mark back.
	r := &Product{Parts: parts(), Backup: backup, DataStores: []DataStore{{ID: "db", Part: "cloud"}}}
	fillParts(r, nil, nil, []DataStore{{ID: "cache", Part: "app"}})
	fillParts(r, nil, nil, nil)
	if got := r.Part("app").BackedUpBy(); got != ref {
		t.Errorf("a store the version adds on the app: app backed up by %q", got)
	}
}
