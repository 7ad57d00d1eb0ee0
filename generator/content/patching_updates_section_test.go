package content

import (
	"strings"
	"testing"
)

// TestCSDPatchingPointsToUpdatesSection: the CSD's responsibility table
// said a part's application updates had no stated installer ("who
// installs the application's updates is not stated", or "Not stated" for
// a device part) even where its software updates section prints how the
// product's updates come ([updates] obtain, or patching.deployment).
// There it now points to that section; with neither written, and for a
// part that writes its own patching, is the customer's own
// infrastructure (which runs none of the product's software) or is a
// related system, it says what it said. A part the manufacturer hosts,
// whose deployment those texts may describe, points there too
// (REPORT-fhirapi 2, REPORT-insulinpump 3).
func TestCSDPatchingPointsToUpdatesSection(t *testing.T) {
	parts := map[string]Part{
		"customer hosted":          {ID: "srv", Runs: "customer_hosted", Hosting: "premises"},
		"customer cloud tenancy":   {ID: "srv", Runs: "customer_hosted", Hosting: "cloud_tenancy"},
		"customer device":          {ID: "app", Runs: "customer_device"},
		"user's own device":        {ID: "app", Runs: "customer_device", OwnedBy: "users"},
		"customer's or user's":     {ID: "app", Runs: "customer_device", OwnedBy: "customer_or_users"},
		"another maker's device":   {ID: "app", Runs: "customer_device", HostMaker: "Halvard Medical"},
		"device":                   {ID: "pump", Runs: "device"},
		"own patching":             {ID: "srv", Runs: "customer_hosted", Patching: "Field service installs each release."},
		"manufacturer hosted":      {ID: "cloud", Runs: "manufacturer_hosted"},
		"customer infrastructure":  {ID: "idp", Runs: "customer_infrastructure"},
		"related system's part":    {ID: "rel", Runs: "customer_hosted"},
		"patient's device at home": {ID: "app", Runs: "customer_device"},
	}
	points := map[string]bool{"customer hosted": true, "customer cloud tenancy": true, "customer device": true,
		"user's own device": true, "customer's or user's": true, "another maker's device": true, "device": true,
		"patient's device at home": true, "manufacturer hosted": true}
	for _, stated := range []struct {
		name        string
		obtain, dep string
	}{
		{"nothing stated", "", ""},
		{"[updates] obtain", "The hospital's IT staff download releases from the portal and install them.", ""},
		{"patching.deployment", "", "The hospital installs validated updates from its update server."},
	} {
		for name, pt := range parts {
			p := &Product{Parts: []Part{pt}, RelatedSystems: []RelatedSystem{{ID: "r", Part: "rel"}}}
			if name == "patient's device at home" {
				p.HomeUse, p.Customer = True, CustomerKinds{"organisation"}
			}
			p.Updates.Obtain, p.Postmarket.Patching.Deployment = stated.obtain, stated.dep
			old, got := p.PartPatchedBy(pt), p.CSDPatchedBy(pt)
			want := points[name] && stated.obtain+stated.dep != ""
			if p.PatchingInUpdatesSection(pt) != want {
				t.Errorf("%s, %s: PatchingInUpdatesSection %v, want %v", stated.name, name, !want, want)
			}
			if !want {
				if name == "manufacturer hosted" { // the manufacturer's, which hosts it
					old = hostedPatchWords
				}
				if got != old {
					t.Errorf("%s, %s: CSD cell %q, want the part's own %q", stated.name, name, got, old)
				}
				continue
			}
			if strings.Contains(got, "installs the application's updates") || got == "" {
				t.Errorf("%s, %s: CSD cell %q calls who installs the updates not stated", stated.name, name, got)
			}
			if !strings.Contains(strings.ToLower(got), "see the software updates section") {
				t.Errorf("%s, %s: CSD cell %q, want it to point to the software updates section", stated.name, name, got)
			}
			if head, _, _ := strings.Cut(old, ";"); head != "" && !strings.HasPrefix(got, head+";") {
				t.Errorf("%s, %s: CSD cell %q lost what the default says of the host (%q)", stated.name, name, got, head)
			}
		}
	}
}

// TestPatchingWarningLeavesOutTheUpdatesSection: check warned that the
// CSD's responsibility table calls who installs a part's updates not
// stated, and asked for parts.patching, even where the table now points to
// the software updates section; it warns no more for the CSD there, and
// still does for a document that keeps the default (the plan's
// updatability view) and where nothing is stated.
func TestPatchingWarningLeavesOutTheUpdatesSection(t *testing.T) {
	const hosted = `warning: parts[0].patching: not stated: who installs the application's updates on "Gateway VM"`
	const device = `warning: parts: not stated: who installs updates on the device`
	const updates = "\n[updates]\nobtain = \"The hospital installs each release from the portal.\"\n"
	const deployment = "\n[postmarket.patching]\ndeployment = \"The hospital installs validated updates.\"\n"
	const csdOnly = "\n[documents]\nbuild = [\"csd\"]\n"
	const csdAndPlan = "\n[documents]\nbuild = [\"csd\", \"security_plan\"]\n"
	implicit := "schema_version = 2\nid = \"p\"\n"
	for _, tt := range []struct {
		name, src, warning string
		warns              bool
	}{
		{"hosted, CSD, nothing stated", samdParts + csdOnly, hosted, true},
		{"hosted, CSD, [updates]", samdParts + updates + csdOnly, hosted, false},
		{"hosted, CSD, deployment", samdParts + deployment + csdOnly, hosted, false},
		{"hosted, CSD and plan, [updates]", samdParts + updates + csdAndPlan, hosted + `; the plan's updatability view says`, true},
		{"implicit device, CSD, nothing stated", implicit + csdOnly, device, true},
		{"implicit device, CSD, [updates]", implicit + updates + csdOnly, device, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := loadParts(t, tt.src)
			if got := hasDiagIn(diags, tt.warning); got != tt.warns {
				t.Errorf("warning %q reported: %v, want %v\n  %s", tt.warning, got, tt.warns, diagText(diags))
			}
		})
	}
}
