package content

import (
	"strings"
	"testing"
)

// TestInterfacesUnlistedKey: parts[].interfaces_complete not written says
// nothing of whether [[interfaces]] lists every interface of the part, so
// the list is read as false would have it (may leave some out), not as
// true; the customer's own infrastructure stays as before (read as
// whole). The implicit device part of a product without [[parts]] takes
// the product's own interfaces_complete: not written, its list is not
// called whole either (it was read as whole before).
func TestInterfacesUnlistedKey(t *testing.T) {
	const ifaces = "[[interfaces]]\nid = \"eth\"\nname = \"Ethernet\"\nkind = \"ethernet\"\npart = \"pc\"\n"
	tests := []struct {
		name, parts string
		part        string // the part asked about
		want        bool
	}{
		{"unwritten", "[[parts]]\nid = \"pc\"\nname = \"PC\"\nruns = \"device\"\n", "pc", true},
		{"true", "[[parts]]\nid = \"pc\"\nname = \"PC\"\nruns = \"device\"\ninterfaces_complete = true\n", "pc", false},
		{"false", "[[parts]]\nid = \"pc\"\nname = \"PC\"\nruns = \"device\"\ninterfaces_complete = false\n", "pc", true},
		{"customer infrastructure, unwritten",
			"[[parts]]\nid = \"pc\"\nname = \"PC\"\nruns = \"device\"\ninterfaces_complete = true\n[[parts]]\nid = \"db\"\nname = \"DB\"\nruns = \"customer_infrastructure\"\n", "db", false},
		{"no [[parts]], unwritten", "", DevicePartID, true},
		{"no [[parts]], true", "interfaces_complete = true\n", DevicePartID, false},
		{"no [[parts]], false", "interfaces_complete = false\n", DevicePartID, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			partless := !strings.Contains(tc.parts, "[[parts]]")
			src := "schema_version = 2\nid = \"p\"\n" + tc.parts + strings.ReplaceAll(ifaces, "part = \"pc\"\n", map[bool]string{false: "part = \"pc\"\n", true: ""}[partless])
			p := ruleProduct(t, src)
			var pt Part
			for _, x := range p.AllParts() {
				if x.ID == tc.part {
					pt = x
				}
			}
			if pt.ID == "" {
				t.Fatalf("no part %q in %v", tc.part, p.AllParts())
			}
			if got := p.InterfacesUnlisted(pt); got != tc.want {
				t.Errorf("InterfacesUnlisted(%s) = %v; want %v", tc.part, got, tc.want)
			}
		})
	}
}

// TestRuleInterfacesCompleteUnstated: one warning at parts names the parts
// of the product's own (and those the versions add or change) that do
// not write interfaces_complete, and says what follows and how to write
// it; written true or false on every such part says nothing, and so does
// the customer's own infrastructure. A product without [[parts]] is asked
// for its own interfaces_complete (it said nothing before), and one that
// writes it beside [[parts]] is an error.
func TestRuleInterfacesCompleteUnstated(t *testing.T) {
	const pc = "[[parts]]\nid = \"pc\"\nname = \"PC\"\nruns = \"device\"\n"
	const db = "[[parts]]\nid = \"db\"\nname = \"DB\"\nruns = \"customer_infrastructure\"\n"
	tests := []struct {
		name, src string
		want      string // the diagnostic's start; "" for none
	}{
		{"unwritten", pc + db,
			"p.toml:3: warning: parts: interfaces_complete not written for part pc: the CSD's and the security plan's interfaces sections do not call its interface list complete; write interfaces_complete = true where [[interfaces]] lists every interface of the part, false otherwise"},
		{"unwritten, MDS2 built", "[documents]\nbuild = [\"csd\", \"security_plan\", \"mds2\"]\n" + pc,
			"p.toml:5: warning: parts: interfaces_complete not written for part pc: the CSD's and the security plan's interfaces sections do not call its interface list complete and the MDS2 form takes no No from an interface it leaves out"},
		{"two unwritten, one a version's", "[documents]\nbuild = [\"csd\"]\n" + pc + "[[versions]]\nversion = \"2.0\"\n[[versions.changes.parts_added]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\n",
			"p.toml:5: warning: parts: interfaces_complete not written for parts pc and app: the CSD's interfaces section does not call their interface lists complete;"},
		{"true", strings.Replace(pc, "runs", "interfaces_complete = true\nruns", 1) + db, ""},
		{"false", strings.Replace(pc, "runs", "interfaces_complete = false\nruns", 1), ""},
		{"no [[parts]], unwritten", "",
			"p.toml:1: warning: interfaces_complete: interfaces_complete not written for the device (the product lists no [[parts]]): the CSD's and the security plan's interfaces sections do not call the device's interface list complete; write interfaces_complete = true where"},
		{"no [[parts]], true", "interfaces_complete = true\n", ""},
		{"no [[parts]], false", "interfaces_complete = false\n", ""},
		{"no document reads it", "[documents]\nbuild = [\"lifecycle\"]\n" + pc, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := ruleProduct(t, "schema_version = 2\nid = \"p\"\n"+tc.src)
			got := ruleInterfacesCompleteUnstated(p)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want) || got[0].Severity == Error {
				t.Errorf("got %v; want one starting %q", got, tc.want)
			}
		})
	}
}

// TestInterfacesCompleteBesideParts: the product's own interfaces_complete
// is for a product without [[parts]]; beside [[parts]] it is an error at
// the key that says to write it on each part, whatever documents are
// built.
func TestInterfacesCompleteBesideParts(t *testing.T) {
	for _, build := range []string{"", "[documents]\nbuild = [\"lifecycle\"]\n"} {
		src := "schema_version = 2\nid = \"p\"\ninterfaces_complete = true\n" + build + "[[parts]]\nid = \"pc\"\nname = \"PC\"\nruns = \"device\"\ninterfaces_complete = true\n"
		got := ruleInterfacesCompleteUnstated(ruleProduct(t, src))
		const want = "p.toml:3: interfaces_complete: interfaces_complete is only for a product without [[parts]]; this product lists parts: write interfaces_complete on each [[parts]] entry instead"
		if len(got) != 1 || got[0].String() != want || got[0].Severity != Error {
			t.Errorf("build %q: got %v; want %q", build, got, want)
		}
	}
}
