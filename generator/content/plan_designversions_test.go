package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestDesignDiffersFrom: the plan's design sections are one version's; a
// version that removes a port (the plain HL7 port only 5.2 dropped), or
// adds an interface, a data store or a flow, differs from it and is
// named; a version whose changes leave the design as it was (a summary,
// a removed port re-added as it was, entries written elsewhere) is not.
func TestDesignDiffersFrom(t *testing.T) {
	const store = "[[versions.changes.data_stores_added]]\nid = \"log\"\nname = \"Log\"\npart = \"dev\"\ndata = [\"logs\"]\nlocation = \"Flash\"\nprotection = \"None.\"\n"
	const iface = "[[versions.changes.interfaces_added]]\nid = \"usb\"\nkind = \"usb\"\npart = \"dev\"\nname = \"USB\"\npurpose = \"Export.\"\n"
	const readd = "ports_removed = [443]\n[[versions.changes.ports_added]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\ndirection = \"out\"\ninterface = \"eth\"\npeer_part = \"portal\"\npurpose = \"Uploads.\"\n"
	for _, tc := range []struct {
		name, changes string
		want10        string // DesignDiffersFrom("1.0")
		want20        string // DesignDiffersFrom("2.0")
	}{
		{"nothing changed", "", "", ""},
		{"port removed", "ports_removed = [443]\n", "2.0: network ports", "1.0: network ports"},
		{"port removed and re-added as it was", readd, "", ""},
		{"interface and data store added", iface + store, "2.0: interfaces, data stores", "1.0: interfaces, data stores"},
		{"portal removed with its port", "parts_removed = [\"portal\"]\nports_removed = [443]\n", "2.0: parts, network ports", "1.0: parts, network ports"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, partsBase+tc.changes)
			for _, d := range diags {
				if d.Severity == Error && (strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "parts") || strings.HasPrefix(d.Path, "interfaces") || strings.HasPrefix(d.Path, "ports") || strings.HasPrefix(d.Path, "data_")) {
					t.Fatalf("valid change reported: %v", d)
				}
			}
			show := func(ds []DesignDifference) string {
				var out []string
				for _, d := range ds {
					out = append(out, fmt.Sprintf("%s: %s", d.Version, strings.Join(d.Aspects, ", ")))
				}
				return strings.Join(out, "; ")
			}
			if got := show(p.DesignDiffersFrom("1.0")); got != tc.want10 {
				t.Errorf("DesignDiffersFrom(1.0) = %q; want %q", got, tc.want10)
			}
			if got := show(p.DesignDiffersFrom("2.0")); got != tc.want20 {
				t.Errorf("DesignDiffersFrom(2.0) = %q; want %q", got, tc.want20)
			}
		})
	}
	p, _ := loadParts(t, partsBase)
	if got := p.DesignDiffersFrom("9.9"); got != nil {
		t.Errorf("DesignDiffersFrom(unknown) = %v; want none", got)
	}
	if got := (DesignDifference{Aspects: []string{"interfaces", "network ports", "data flows"}}).AspectsText(); got != "interfaces, network ports and data flows" {
		t.Errorf("AspectsText = %q", got)
	}
}
