package diagram

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestInstallersDeploymentSection: the updatability view's list printed
// "Not stated" for a device part that writes no patching even where
// postmarket.patching.deployment says how updates come. Such a part is now
// marked for a pointer (Installer.Deployment) that only a document that
// prints the deployment sets (WithDeploymentSection); without the
// deployment, for a part that writes its patching, and in a view no
// document set a section on, the list keeps its words.
func TestInstallersDeploymentSection(t *testing.T) {
	for _, tc := range []struct {
		name, patching, deployment string
		points                     bool
	}{
		{"deployment written", "", "The hospital imports each signed release.", true},
		{"no deployment", "", "", false},
		{"patching written", "Field service installs each release.", "The hospital imports each signed release.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{ID: "pump", Name: "Pump",
				Parts:         []content.Part{{ID: "pump", Name: "Pump", Runs: "device", Patching: tc.patching}},
				FlowEndpoints: []content.FlowEndpoint{{Name: "Update server", Zone: "manufacturer_hosted"}},
				DataFlows:     []content.DataFlow{{ID: "DF-01", From: "Update server", To: "pump", Data: content.DataKinds{"software"}, Protection: "Signed"}}}
			p.Postmarket.Patching.Deployment = tc.deployment
			vs, _ := Views(p)
			var upd *View
			for i := range vs {
				if vs[i].Kind == "updatability" {
					upd = &vs[i]
				}
			}
			if upd == nil || len(upd.Installers) != 1 {
				t.Fatalf("no updatability view listing the pump: %+v", vs)
			}
			in := upd.Installers[0]
			if in.Deployment != tc.points {
				t.Errorf("Deployment = %t, want %t (%+v)", in.Deployment, tc.points, in)
			}
			set := upd.WithDeploymentSection("9.7 Update deployment and field reach")
			if got := set.Installers[0].Section != ""; got != tc.points {
				t.Errorf("section set = %t, want %t", got, tc.points)
			}
			if upd.Installers[0].Section != "" {
				t.Error("WithDeploymentSection changed the view it was called on")
			}
			if want := map[bool]string{true: "Not stated", false: tc.patching}[tc.patching == ""]; in.Who != want {
				t.Errorf("Who = %q, want %q", in.Who, want)
			}
		})
	}
}
