package content

import (
	"strings"
	"testing"
)

// TestInterfacesUnlistedKey: parts[].interfaces_complete not written says
// nothing of whether [[interfaces]] lists every interface of the part, so
// the list is read as false would have it (may leave some out), not as
// true; the customer's own infrastructure and the implicit device part of
// a product without [[parts]] stay as before (read as whole).
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
		{"no [[parts]]", "", DevicePartID, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 2\nid = \"p\"\n" + tc.parts + strings.ReplaceAll(ifaces, "part = \"pc\"\n", map[bool]string{true: "part = \"pc\"\n", false: ""}[tc.parts != ""])
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
// it; written true or false on every such part, or a product without
// [[parts]], says nothing, and so does the customer's own infrastructure.
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
		{"no [[parts]]", "", ""},
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
