package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestInterfacesTableSaysWhatIsNotListed: the SortLine control PC's data
// name its Ethernet port only (parts.interfaces_complete = false), and
// Orvyn POC Manager has data flows but no interface listed. The CSD and
// the plan then head their interfaces tables with the interfaces stated,
// not "Every physical and logical interface", and say what is not stated;
// the CSD's key facts count the interfaces "listed" and say the same.
func TestInterfacesTableSaysWhatIsNotListed(t *testing.T) {
	for _, tc := range []struct {
		fixture, product string
		csd, plan        []string
		keyFacts         string // the count and the list's end: no count of a list that may be incomplete
	}{
		{"labrobot", "sortline",
			[]string{"Each stated physical and logical interface of the device, with its state as shipped. Whether the list names every interface of the device is not stated."},
			[]string{"Each stated physical and logical interface of the device, as shipped. Whether the list names every interface of the device is not stated."},
			"| Interfaces | 1 listed | Listed: Ethernet (whether it is on is not stated). Whether the list names every interface of the device is not stated. |"},
		{"bloodgas", "orvyn-bg2",
			[]string{"Each stated physical and logical interface of each part of the product, with its state as shipped. The interfaces of Orvyn POC Manager are not stated. Whether the list names every interface of the BG-2 analyser is not stated."},
			[]string{"Each stated physical and logical interface of each part of the product, as shipped. The interfaces of Orvyn POC Manager are not stated. Whether the list names every interface of the BG-2 analyser is not stated."},
			"| Interfaces | 4 listed | Listed: BG-2 analyser: Ethernet port, Wi-Fi, Built-in barcode scanner, Touchscreen (whether each of these 4 is on is not stated). The interfaces of Orvyn POC Manager are not stated. Whether the list names every interface of the BG-2 analyser is not stated. |"},
	} {
		read := buildFixture(t, tc.fixture)
		csd, plan := read(tc.product+"/csd.md"), read(tc.product+"/security-plan.md")
		kindtest.SaysAll(t, tc.fixture+" csd.md", csd, tc.csd...)
		kindtest.SaysAll(t, tc.fixture+" security-plan.md", plan, tc.plan...)
		kindtest.SaysAll(t, tc.fixture+" csd.md key facts", csd, tc.keyFacts)
		kindtest.SaysNone(t, tc.fixture+" csd.md", csd, "Every physical and logical interface")
		kindtest.SaysNone(t, tc.fixture+" security-plan.md", plan, "Every physical and logical interface")
	}
}

// TestLabrobotSampleDataAndListedReleases: the SortLine's work list and
// Ethernet port hold sample IDs, orders and sorting results without the
// patient's identity (data kind sample_data), not configuration alone; and
// the plan's releases are those of the versions the data list, not the
// whole release history (4.1 and 4.2 are not stated either way).
func TestLabrobotSampleDataAndListedReleases(t *testing.T) {
	read := buildFixture(t, "labrobot")
	csd, plan := read("sortline/csd.md"), read("sortline/security-plan.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Routing rules and sample work list (sample IDs only) | Configuration, Sample data (no patient identity) |",
		"| Not stated | Not stated | Configuration, Sample data (no patient identity) |")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Releases of the versions the product data lists: 4.0 on 2022-03-14, 4.3 on 2025-09-08.")
	kindtest.SaysNone(t, "security-plan.md", plan, "Releases made:")
}

// TestConnectivityFeaturesSayWhatIsNotListed: the StrideCore tablet's
// interface list is incomplete (interfaces_complete = false), so the
// plan's 524B connectivity features (1.6) are not the whole radio and
// port surface: the section says so after its table, as 6.3 does.
func TestConnectivityFeaturesSayWhatIsNotListed(t *testing.T) {
	plan := buildFixture(t, "exoskeleton")("stridecore/security-plan.md")
	start := strings.Index(plan, "The connectivity features that bear on the determination:")
	end := strings.Index(plan, "### 1.7")
	if start < 0 || end < start {
		t.Fatalf("1.6 connectivity features not found")
	}
	kindtest.SaysAll(t, "exoskeleton security-plan.md 1.6", plan[start:end],
		"Whether the list names every interface of the StrideCore tablet is not stated.")
}
