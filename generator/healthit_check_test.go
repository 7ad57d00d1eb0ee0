package generator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// healthITCheck runs check on testdata/healthit, or on a copy edited by
// edit, and returns every diagnostic's message, one a line, with its key
// path.
func healthITCheck(t *testing.T, edit func(string) string) string {
	t.Helper()
	return fixtureCheck(t, "healthit", "resultroute.toml", edit)
}

// healthITGaps leaves out of the health IT fixture what makes check cite
// FDA or N70 for a device: home_use, the patch timelines' justification,
// the SIEM port's endpoint, the penetration test's deferred finding's
// interim plan and the uncontrolled risk's communications.
func healthITGaps(s string) string {
	return strings.NewReplacer(
		"home_use = false\n", "",
		"\njustification = \"Quarterly matches", "\n# justification = \"Quarterly matches",
		"endpoints = [\"Hospital SIEM\"]\n", "",
		"end = 2025-09-05\n", "end = 2025-09-05\n\n[[verification.penetration_test.findings]]\nid = \"PT-1\"\ntitle = \"Console session fixation\"\nscore = 4.3\nstatus = \"deferred\"\nresolution = \"Fixed in 6.1.0.\"\n",
		"risk = \"controlled\"\nremediation = \"Upgrade", "risk = \"uncontrolled\"\nremediation = \"Upgrade",
		"[[vulnerabilities.communications]]\ndate = 2025-10-01\naudience = \"customers\"\n", "# [[vulnerabilities.communications]]\n# date = 2025-10-01\n# audience = \"customers\"\n# ",
	).Replace(s)
}

// deviceCitation matches what check may say only of a medical device:
// that FDA, its guidance or labeling, section 524B, the eSTAR or IMDRF
// N70 asks something of the product, or that it is a device.
var deviceCitation = regexp.MustCompile(`FDA|524B|eSTAR|premarket|submission|N70 asks|N70 expects|N70:|\(IMDRF N70\)|the device\b|device's|devices get|biomedical`)

// TestHealthITCheckCitesNoDeviceObligation: every diagnostic check gives
// ResultRoute, which is not a medical device, stands on its own: none
// says FDA, 524B or N70 asks something of it or calls it a device (N70
// is named only as written for medical devices), as shipped, without
// [cyber_device], and with the gaps that make check cite FDA for a
// device. The same gaps in a device (medical_device not written) still
// get the FDA citations, which the test's edits must reach.
func TestHealthITCheckCitesNoDeviceObligation(t *testing.T) {
	noCyber := func(s string) string {
		i, j := strings.Index(s, "[cyber_device]\n"), strings.Index(s, "[spdf]\n")
		if i < 0 || j < i {
			t.Fatal("the fixture changed: no [cyber_device] before [spdf]")
		}
		return s[:i] + s[j:]
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		want []string
	}{
		{"as shipped", nil, []string{
			"diagrams: CSD: section 2 (Network and data-flow diagrams) is incomplete: add [[diagrams]]; the CSD has no diagram of its own",
			`controls: no control in the category "Authorization": the security plan says "None recorded" there`,
			`architecture: no "Security use case views" architecture view: the security plan says "None recorded" there`,
			"end_of_life.notice_months: 18 months of notice is less than the 24 months IMDRF N70, written for medical devices, recommends",
			"IMDRF N70, written for medical devices, recommends at least 24 months' notice",
			"notices[1].components: no software component named besides its operating_systems: customers cannot tell which other software components of the product the notice concerns"}},
		{"without [cyber_device]", noCyber, []string{"CSD: section 2 (Network and data-flow diagrams) is incomplete"}},
		{"with gaps", func(s string) string { return healthITGaps(noCyber(s)) }, []string{
			"home_use: not stated; the CSD is written for a hospital's network, security and IT teams",
			"postmarket.patching.justification: the patch timelines (90 days regular, 30 days critical, 7 days to interim mitigations) have no justification: say why each is right for the risk",
			"ports[4].endpoints: port 6514/tcp is used outbound but names no approved endpoint; hospitals need the destinations to write firewall rules",
			"verification.penetration_test.findings[0].status: finding PT-1 is deferred without interim_plan: say which installations get the fix",
			"vulnerabilities[0].communications: an uncontrolled risk should have its communication timeline (customers, ISAO)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := healthITCheck(t, tc.edit)
			kindtest.SaysAll(t, "check", got, tc.want...)
			for _, line := range strings.Split(got, "\n") {
				if m := deviceCitation.FindString(line); m != "" {
					t.Errorf("check says %q of a product that is not a medical device: %s", m, line)
				}
			}
		})
	}

	device := healthITCheck(t, func(s string) string {
		return healthITGaps(strings.Replace(s, "\nmedical_device = false\n", "\n", 1))
	})
	kindtest.SaysAll(t, "check of a device", device,
		"diagrams: CSD: FDA labeling item 2 (Network and data-flow diagrams) is incomplete",
		`controls: no control in the FDA category "Authorization"`,
		"(FDA premarket guidance expects one)",
		"18 months of notice is less than the 24 months IMDRF N70 asks for",
		"IMDRF N70 expects a notice to list the software components concerned",
		"home_use: not stated; the CSD is written for a hospital's network, security and IT teams",
		"(FDA premarket guidance VII.C.1)",
		"hospitals need the destinations to write firewall rules (FDA labeling item 3)",
		"say which devices get the fix, how long it takes to reach them and what protects them meanwhile (FDA premarket guidance V.C)",
		"(customers within 30 days, FDA, ISAO)")
}
