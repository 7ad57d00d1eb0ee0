package kind_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleFieldEnd: the lifecycle page's End of Support row once
// said of every part whose software is never updated once made that its
// units "are to be replaced, not upgraded", which the data do not decide
// (the rtls review: the tags of rtls, capsule, cgmhome, fixedfw). It now
// says so only for the versions every upgrade path from which replaces
// the units (the notice's decision, kind.NoticeFieldReplace), and
// otherwise only what is known: a unit keeps the software it was made
// with.
func TestLifecycleFieldEnd(t *testing.T) {
	const (
		keptSensor = " The software of the GlucoSense sensor is never updated after manufacture: a unit keeps the software it was made with."
		keptPatch  = " The software of the ThermaLink patch is never updated after manufacture: a unit keeps the software it was made with."
		fullPath   = `upgrade_paths = [{ kind = "full_replacement", target = "GlucoSense 5.2 system",`
	)
	tests := []struct {
		name, fixture, file, id string
		edits                   []func(string) string
		want                    string
	}{
		{"a software-only path keeps the phone: the sensors are not decided", "cgmhome", "glucosense.toml", "glucosense", nil,
			keptSensor},
		{"a full replacement from 4.9 replaces its sensors; 5.2 has no path", "cgmhome", "glucosense.toml", "glucosense",
			[]func(string) string{kindtest.Replace(`upgrade_paths = [{ kind = "software_only", to_version = "5.2",`, fullPath)},
			keptSensor + " Units of the GlucoSense sensor with software `4.9` are to be replaced, not upgraded, as every upgrade path from that version replaces them."},
		{"a full replacement from every version replaces every sensor", "cgmhome", "glucosense.toml", "glucosense",
			[]func(string) string{
				kindtest.Replace(`upgrade_paths = [{ kind = "software_only", to_version = "5.2",`, fullPath),
				kindtest.Replace(`versions = ["4.9"]`, `versions = ["4.9", "5.2"]`),
			},
			" Units of the GlucoSense sensor are to be replaced, not upgraded: a unit's software is never updated after manufacture."},
		{"release 2.0 does not run on the P1 patch: the 1.0 patches are replaced", "fixedfw", "thermalink.toml", "thermalink", nil,
			keptPatch + " Units of the ThermaLink patch with software `1.0` are to be replaced, not upgraded, as every upgrade path from that version replaces them."},
		{"an implant's replacement is for the physician", "fixedfw", "thermalink.toml", "thermalink",
			[]func(string) string{kindtest.Replace("field_updatable = false\n", "field_updatable = false\nimplanted = true\n")},
			keptPatch},
		{"no upgrade path: only what is known", "fixedfw", "thermalink.toml", "thermalink",
			[]func(string) string{kindtest.Replace(`upgrade_paths = [{ kind = "partial", to_version = "2.0", description = "Biomedical engineering installs gateway firmware 2.0 on each G1 gateway from Corriston's signed package, and the ward uses P2 patches in place of P1; no cost for the firmware." }]`, "upgrade_paths = []")},
			keptPatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := "../testdata/" + tt.fixture
			edit := func(s string) string {
				for _, e := range tt.edits {
					s = e(s)
				}
				return s
			}
			if tt.edits == nil {
				edit = nil
			}
			site, content := kindtest.CopyRepo(t, dir+"/jspgen.toml", dir+"/content", tt.file, edit)
			c, _ := kindtest.Load(t, site, content)
			p, _ := kindtest.Product(t, c, tt.id)
			if got := (kind.DocumentData{Product: p.Product}).FieldReplaceSentence(); got != tt.want {
				t.Errorf("FieldReplaceSentence\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
