package content

import "testing"

// TestBackedUpByPointsToTheBackupSection: the CSD's responsibility table
// printed Backup "Not stated" for pocketus's Sonvira Cloud, hosted by the
// manufacturer, beside a [backup] section about that very service; then
// it pointed every part that keeps data to the section, aed's portal and
// app too, beside a section about the AED's settings alone. A part whose
// runs name nobody for its backup now points to the section only where
// the data say the section covers it (backup.parts, or it is the one
// part that keeps data); another part that may keep data reads "not
// stated" and is sent to the section for what it covers; backup.parts
// leaves the device out too when it does not name it. The device's own
// default pointer followed the same rule only for backup.parts: euonly's
// pump, whose memory holds PHI, and its docking rack, which keeps
// nothing, were both sent to a section about the server's database. A
// device that may keep data the section may not cover is now "not
// stated" and sent there for what it covers, like any part; a part of
// several that no stated store is on says so, and is not sent there.
// Without [backup] the defaults stand, and a part's own words and the
// other runs' defaults are unchanged.
func TestBackedUpByPointsToTheBackupSection(t *testing.T) {
	const ref = "See the backup and restore section"
	const unsaid = "Not stated for this part; the backup and restore section says what is backed up"
	const keepsNothing = "Not stated; no data at rest is listed on this part"
	backup := Backup{Scope: "Studies, once uploaded.", Method: "Daily.", Restore: []string{"Sign in."}, Authenticity: "TLS."}
	cloudOnly := backup
	cloudOnly.Parts = []string{"cloud"}
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
			map[string]string{"probe": unsaid, "app": unsaid, "cloud": unsaid, "own": "Not backed up: it keeps nothing."}},
		{"[backup], a store on the cloud only", backup, []DataStore{{ID: "db", Part: "cloud"}}, Source{},
			map[string]string{"probe": keepsNothing, "app": keepsNothing, "cloud": ref}},
		{"[backup], a store on the probe only", backup, []DataStore{{ID: "mem", Part: "probe"}}, Source{},
			map[string]string{"probe": ref, "app": keepsNothing, "cloud": keepsNothing}},
		{"[backup], stores on the probe, the app and the cloud", backup,
			[]DataStore{{ID: "mem", Part: "probe"}, {ID: "cache", Part: "app"}, {ID: "db", Part: "cloud"}}, Source{},
			map[string]string{"probe": unsaid, "app": unsaid, "cloud": unsaid}},
		{"[backup], stores on the probe and the cloud", backup,
			[]DataStore{{ID: "mem", Part: "probe"}, {ID: "db", Part: "cloud"}}, Source{},
			map[string]string{"probe": unsaid, "app": keepsNothing, "cloud": unsaid}},
		{"[backup], data_stores = []", backup, nil, storesStated,
			map[string]string{"probe": keepsNothing, "app": keepsNothing, "cloud": keepsNothing}},
		{"backup.parts names the probe", Backup{Scope: "Settings.", Parts: []string{"probe"}},
			[]DataStore{{ID: "mem", Part: "probe"}, {ID: "db", Part: "cloud"}}, Source{},
			map[string]string{"probe": ref, "app": "", "cloud": ""}},
		{"backup.parts names the cloud", cloudOnly,
			[]DataStore{{ID: "mem", Part: "probe"}, {ID: "cache", Part: "app"}, {ID: "db", Part: "cloud"}}, Source{},
			map[string]string{"probe": "", "app": "", "cloud": ref, "own": "Not backed up: it keeps nothing."}},
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
		// The customer-hosted default is the CSD partial's to complete:
		// beside [backup] it names the customer for the host itself.
		if got := p.Part("server").BackedUpBy(); got != "Who backs up the host and the application's data is not stated" {
			t.Errorf("%s: server backed up by %q", c.name, got)
		}
	}

	// The CSD's customer-hosted row completes the host clause with the
	// section only for a part it may be about: not one that keeps
	// nothing, as backup.parts leaving it out.
	hosted := &Product{Parts: parts(), Backup: backup, DataStores: []DataStore{{ID: "db", Part: "cloud"}}}
	fillParts(hosted, nil, nil, hosted.DataStores)
	if !hosted.Part("server").BackupLeftOut() {
		t.Errorf("a hosted server no stated store is on: BackupLeftOut false, want true")
	}
	hosted = &Product{Parts: parts(), Backup: backup, DataStores: []DataStore{{ID: "db", Part: "server"}, {ID: "mem", Part: "probe"}}}
	fillParts(hosted, nil, nil, hosted.DataStores)
	if hosted.Part("server").BackupLeftOut() {
		t.Errorf("a hosted server that keeps data: BackupLeftOut true, want false")
	}

	// A product of one part: [backup] can only be about it.
	one := &Product{Parts: []Part{{ID: "svc", Name: "Service", Runs: "manufacturer_hosted"}}, Backup: backup}
	fillParts(one, nil, nil, nil)
	if got := one.Part("svc").BackedUpBy(); got != ref {
		t.Errorf("the only part: backed up by %q, want %q", got, ref)
	}

	// A version's view that shares its parts with the product's marks a
	// copy: the product as written (no [backup]) keeps naming nobody.
	base := &Product{Parts: parts(), DataStores: []DataStore{{ID: "db", Part: "cloud"}}}
	fillParts(base, nil, nil, base.DataStores)
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
	// it) counts, and a later call without it does not take the mark
	// back, nor make the cloud the one part that keeps data again.
	r := &Product{Parts: parts(), Backup: backup, DataStores: []DataStore{{ID: "db", Part: "cloud"}}}
	fillParts(r, nil, nil, nil)
	fillParts(r, nil, nil, []DataStore{{ID: "cache", Part: "app"}})
	fillParts(r, nil, nil, nil)
	if got := r.Part("app").BackedUpBy(); got != unsaid {
		t.Errorf("a store the version adds on the app: app backed up by %q", got)
	}
	if got := r.Part("cloud").BackedUpBy(); got != unsaid {
		t.Errorf("a store the version adds on the app: cloud backed up by %q", got)
	}
	// A version that writes its own backup.parts is read from its
	// changes while its view is built ([backup] is merged after).
	w := &Product{Parts: parts(), Backup: backup, DataStores: []DataStore{{ID: "db", Part: "cloud"}, {ID: "cache", Part: "app"}},
		Versions: []Version{{Version: "1.0"}, {Version: "2.0", Changes: VersionChanges{Backup: Backup{Parts: []string{"app"}}}}}}
	fillParts(w, nil, nil, w.DataStores)
	v2 := *w
	v2.base, v2.factsOf = w, "2.0"
	fillParts(&v2, nil, nil, nil)
	if got := v2.Part("app").BackedUpBy(); got != ref {
		t.Errorf("version 2.0's backup.parts names the app: app backed up by %q", got)
	}
	if got := v2.Part("cloud").BackedUpBy(); got != "" {
		t.Errorf("version 2.0's backup.parts leaves the cloud out: cloud backed up by %q", got)
	}
}
