package content

import (
	"os"
	"strings"
	"testing"
)

// TestHostedPartPatchedByManufacturerInCSD: a part the manufacturer
// hosts whose patching is not written is the manufacturer's to patch, as
// the plan's HostedUpdatesText says; the CSD's responsibility table says
// so beside an app (REPORT-dtxinsomnia 1), where it does not send the part
// to the software updates section, instead of "Not stated", and check no
// longer asks who patches it. A written patching wins; a product with
// only hosted parts keeps its pointer to the section.
func TestHostedPartPatchedByManufacturerInCSD(t *testing.T) {
	app := Part{ID: "app", Name: "App", Runs: "customer_device"}
	cloud := Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}
	p := &Product{Parts: []Part{app, cloud}}
	p.Postmarket.Patching.Deployment = "App updates come through the app stores; the cloud is deployed by us."
	if got := p.CSDPatchedBy(cloud); got != hostedPatchWords {
		t.Errorf("beside an app, deployment written: CSDPatchedBy = %q, want %q", got, hostedPatchWords)
	}
	p.Postmarket.Patching.Deployment = ""
	if got := p.CSDPatchedBy(cloud); got != hostedPatchWords {
		t.Errorf("no updates text: CSDPatchedBy = %q, want %q", got, hostedPatchWords)
	}
	own := cloud
	own.Patching = "The operations team patches it weekly."
	if got := p.CSDPatchedBy(own); got != own.Patching {
		t.Errorf("patching written: CSDPatchedBy = %q, want it", got)
	}
	only := &Product{Parts: []Part{cloud}}
	only.Postmarket.Patching.Deployment = "We deploy."
	if got := only.CSDPatchedBy(cloud); got != updatesSectionRef {
		t.Errorf("hosted only, deployment written: CSDPatchedBy = %q, want %q", got, updatesSectionRef)
	}

	withApp := strings.Replace(samdParts, "runs = \"customer_hosted\"\n", "runs = \"customer_device\"\n", 1) +
		"\n[postmarket.patching]\ndeployment = \"Updates come through the app stores.\"\n"
	warnCases(t, `warning: parts[1].patching: not stated: who patches "Analysis cloud"`, []warnCase{
		{"beside an app, deployment written", withApp, false},
		{"beside an app, no deployment", strings.Replace(samdParts, "runs = \"customer_hosted\"\n", "runs = \"customer_device\"\n", 1), false},
	})
	warnCases(t, `warning: parts[1].monitoring: not stated: who monitors "Analysis cloud", which the manufacturer hosts, for security events; the CSD's responsibility table says "Not stated" (write monitoring`, []warnCase{
		{"monitoring not written", withApp, true},
	})
}

// TestDeviceUpdatableUnsaidInCSD: a device part whose field_updatable is
// not written, beside other device parts, is not sent to the software
// updates section as if that section covered it (REPORT-capsule 4): the
// cell says first that whether it can be updated is not stated. The only
// device part, or one written updatable, keeps the bare pointer.
func TestDeviceUpdatableUnsaidInCSD(t *testing.T) {
	recorder := Part{ID: "recorder", Name: "Recorder", Runs: "device"}
	capsule := Part{ID: "capsule", Name: "Capsule", Runs: "device", FieldUpdatable: False}
	p := &Product{Parts: []Part{capsule, recorder}}
	p.Postmarket.Patching.Deployment = "Service installs updates on the workstation."
	if got := p.CSDPatchedBy(recorder); got != updatableUnsaidRef {
		t.Errorf("beside another device part: CSDPatchedBy = %q, want %q", got, updatableUnsaidRef)
	}
	up := recorder
	up.FieldUpdatable = True
	if got := p.CSDPatchedBy(up); got != updatesSectionRef {
		t.Errorf("field_updatable = true: CSDPatchedBy = %q, want %q", got, updatesSectionRef)
	}
	one := &Product{Parts: []Part{recorder}}
	one.Postmarket.Patching.Deployment = p.Postmarket.Patching.Deployment
	if got := one.CSDPatchedBy(recorder); got != updatesSectionRef {
		t.Errorf("the only device part: CSDPatchedBy = %q, want %q", got, updatesSectionRef)
	}
}

// TestPortlessInMakersSoftware: a library built into other makers'
// devices opens no network connection, but whether it reports security
// events to the software it is built into is open while [logging] is not
// written (REPORT-ecgsdk 2): the CSD then says "Not stated", not "No".
func TestPortlessInMakersSoftware(t *testing.T) {
	src, err := os.ReadFile("../testdata/ecgsdk/content/rhythmcore/rhythmcore.toml")
	if err != nil {
		src, err = os.ReadFile("../testdata/ecgsdk/content/rhythmcore.toml")
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, edit string
		want       bool
	}{
		{"logging not written", "", true},
		{"SIEM written", "\n[logging.siem]\nsupported = false\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := loadParts(t, string(src)+tc.edit)
			if !p.PortlessNoConnection() {
				t.Fatal("PortlessNoConnection false for the fixture")
			}
			if got := p.PortlessInMakersSoftware(); got != tc.want {
				t.Errorf("PortlessInMakersSoftware = %v, want %v", got, tc.want)
			}
		})
	}
	hospital := &Product{Parts: []Part{{ID: "app", Name: "App", Runs: "customer_device"}}}
	if hospital.PortlessInMakersSoftware() {
		t.Error("a product with no customer written: PortlessInMakersSoftware true")
	}
}

// TestRuleBackupPartsUnwritten: [backup] without backup.parts beside
// several parts that keep data makes the CSD call each part's backup not
// stated (REPORT-implant 4); check says so and names backup.parts.
func TestRuleBackupPartsUnwritten(t *testing.T) {
	const parts = "[[parts]]\nid = \"prog\"\nname = \"Programmer\"\nruns = \"device\"\n\n[[parts]]\nid = \"mon\"\nname = \"Home monitor\"\nruns = \"device\"\n\n"
	const stores = "[[data_stores]]\nid = \"a\"\nname = \"Reports\"\npart = \"prog\"\ndata = [\"phi\"]\nlocation = \"Disk\"\n\n[[data_stores]]\nid = \"b\"\nname = \"Cache\"\npart = \"mon\"\ndata = [\"phi\"]\nlocation = \"Flash\"\n\n"
	const backup = "[backup]\nscope = \"Session reports.\"\nmethod = \"Export.\"\n"
	const warning = "warning: backup: backup.parts not written, and Programmer and the Home monitor may each keep data"
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"two parts keep data", parts + stores + backup, true},
		{"backup.parts written", parts + stores + backup + "parts = [\"prog\"]\n", false},
		{"one part keeps data", parts + strings.SplitAfter(stores, "location = \"Disk\"\n")[0] + "\n" + backup, false},
		{"no backup", parts + stores, false},
		{"no CSD", "[documents]\nbuild = [\"security_plan\"]\n" + parts + stores + backup, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, "schema_version = 2\nid = \"p\"\n"+tc.src)
			if got := hasDiagIn(diags, warning); got != tc.want {
				t.Errorf("warning %q: %v, want %v\n  %s", warning, got, tc.want, diagText(diags))
			}
		})
	}
}
