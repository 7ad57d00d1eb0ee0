package content

import (
	"strings"
	"testing"
)

// TestR4SmallCVDRemedyNamesNonePublished: the warnings about a
// disclosure policy the site file does not state offer, beside writing
// its address, the key a manufacturer that publishes none states
// (manufacturer.cvd_policy = "none_published").
func TestR4SmallCVDRemedyNamesNonePublished(t *testing.T) {
	const iface = "[[interfaces]]\nid = \"eth\"\nkind = \"ethernet\"\nname = \"Ethernet\"\npurpose = \"Results.\"\n"
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n"
	const remedy = `if none is, state manufacturer.cvd_policy = "none_published"`
	s := &Site{Manufacturer: Manufacturer{Name: "Maker"}}
	for name, got := range map[string]Diagnostics{
		"may be a cyber device": ruleCVDPolicyCyberUnstated(s, ruleProduct(t, head+"markets = [\"us\"]\n[documents]\nbuild = [\"csd\"]\n"+iface)),
		"outside the US":        ruleCVDPolicyOutsideUS(s, ruleProduct(t, head+"markets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n"+iface)),
	} {
		if len(got) != 1 || !strings.Contains(got[0].Message, remedy) {
			t.Errorf("%s: got %v, want one warning offering %s", name, got, remedy)
		}
	}
}
