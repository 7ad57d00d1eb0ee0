package content

import (
	"strings"
	"testing"
)

// TestCSDPatchingSaysOSUpdatesUnsaid: a device part without patching was
// sent to the software updates section ("See the software updates
// section") whenever postmarket.patching.deployment was written, though
// that text said nothing of the operating system the [[components]] list
// (compounding: Windows on the station). The cell now says that who
// installs that operating system's updates is not stated, naming it only
// where one device part can run it, and says nothing more where the
// updates texts mention it or an operating system.
func TestCSDPatchingSaysOSUpdatesUnsaid(t *testing.T) {
	win := Component{Name: "Windows 11 Pro", Version: "23H2", Type: "operating-system"}
	station := Part{ID: "station", Name: "Station", Runs: "device"}
	scanner := Part{ID: "scanner", Name: "Scanner", Runs: "device"}
	server := Part{ID: "srv", Name: "Server", Runs: "customer_hosted", Hosting: "premises"}
	const dep = "The maker releases updates; how they are installed is agreed with the hospital."
	const ref = "See the software updates section"
	for _, tt := range []struct {
		name       string
		parts      []Part
		comps      []Component
		deployment string
		third      string
		part       Part
		want       string
	}{
		{"one device part", []Part{station, server}, []Component{win}, dep, "", station,
			ref + "; who installs updates of its operating system (Windows 11 Pro 23H2) is not stated"},
		{"two device parts", []Part{station, scanner}, []Component{win}, dep, "", scanner,
			updatableUnsaidRef + "; who installs updates of the operating systems listed in section 5 is not stated"},
		{"deployment names it", []Part{station}, []Component{win}, "Field service installs Windows 11 pro updates.", "", station, ref},
		{"deployment says operating system", []Part{station}, []Component{win}, "The hospital installs operating system and application updates.", "", station, ref},
		{"deployment says Windows updates", []Part{station}, []Component{win}, "The maker validates Windows updates; the hospital installs them.", "", station, ref},
		{"another device part's patching names it", []Part{{ID: "ws", Name: "Workstation", Runs: "device", Patching: "The hospital installs the validated Windows updates."}, scanner}, []Component{win}, dep, "", scanner, updatableUnsaidRef + ", whose list of who installs updates names only Workstation"},
		{"third_party written", []Part{station}, []Component{win}, dep, "Monthly cumulative updates, validated first.", station, ref},
		{"no OS component", []Part{station}, []Component{{Name: "openssl", Version: "3.0", Type: "library"}}, dep, "", station, ref},
		{"another version's OS", []Part{station}, []Component{{Name: "Windows 10", Version: "22H2", Type: "operating-system", Versions: []string{"1.0"}}}, dep, "", station, ref},
		{"customer hosted part", []Part{station, server}, []Component{win}, dep, "", server, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := &Product{Parts: tt.parts, Components: tt.comps, Versions: []Version{{Version: "1.0"}, {Version: "2.0"}}}
			p.Postmarket.Patching.Deployment, p.Updates.ThirdParty = tt.deployment, tt.third
			for i := range p.Components {
				if len(p.Components[i].Versions) == 0 {
					p.Components[i].Versions = []string{"2.0"}
				}
			}
			got := p.CSDPatchedByAt(tt.part, "2.0")
			if tt.want == "" {
				if strings.Contains(got, "operating system") || got != p.CSDPatchedBy(tt.part) {
					t.Errorf("cell %q, want CSDPatchedBy's %q", got, p.CSDPatchedBy(tt.part))
				}
				return
			}
			if got != tt.want {
				t.Errorf("cell\n %q, want\n %q", got, tt.want)
			}
		})
	}
}

// TestPatchingWarningKeptForOSUpdates: any deployment text silenced
// check's warning of a device part's unwritten patching; where the CSD
// says who installs its operating system's updates is not stated, it
// warns again.
func TestPatchingWarningKeptForOSUpdates(t *testing.T) {
	const src = "schema_version = 2\nid = \"p\"\n\n[documents]\nbuild = [\"csd\"]\n\n[[parts]]\nid = \"station\"\nname = \"Station\"\nruns = \"device\"\n\n[postmarket.patching]\ndeployment = %q\n\n[[components]]\nname = \"Windows 11 Pro\"\nversion = \"23H2\"\ntype = \"operating-system\"\n"
	const warning = `warning: parts[0].patching: not stated: who installs updates of the operating system on "Station"`
	for _, tt := range []struct {
		deployment string
		warns      bool
	}{
		{"The maker releases updates; the hospital agrees how they are installed.", true},
		{"Field service installs the application and Windows 11 Pro updates.", false},
	} {
		_, diags := loadParts(t, strings.Replace(src, "%q", `"`+tt.deployment+`"`, 1))
		if got := hasDiagIn(diags, warning); got != tt.warns {
			t.Errorf("%q: warning reported %v, want %v\n  %s", tt.deployment, got, tt.warns, diagText(diags))
		}
	}
}
