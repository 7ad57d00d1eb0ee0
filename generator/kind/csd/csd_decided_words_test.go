package csd

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSaysWhatTheDataDecide: the CSD says what the data decide, and
// no more (reviews of these fixtures):
//   - watchecg 2: a home product's apps run on the user's own phone and
//     watch, which join the home Wi-Fi: 3.3 does not say no part is on
//     the user's home network, only that no part opens a port or
//     connects to one; watchecg 4: with no port or connection at all,
//     the SIEM row and 12.1 say No, as for PortlessAppsOnNetwork.
//   - genomicscloud 7: the customer's own systems
//     (runs = customer_infrastructure) are said to be the customer's in
//     the responsibility table; who does the work stays not stated.
//   - fhirapi 2: a part the manufacturer hosts, the product's only
//     software, is sent to section 6, which says how updates are
//     delivered; fhirapi 3: section 6 gives
//     the MDS2 form's SAHD-3 answers rather than "not stated".
//   - insulinpump 1: no "which platform versions it supports ... are not
//     stated" under a row that names them.
func TestCSDSaysWhatTheDataDecide(t *testing.T) {
	for _, tc := range []struct {
		fixture, id string
		says, never []string
	}{
		{"watchecg", "rhythmcheck",
			[]string{"No part of the product opens a network port or connects to one, so it has no traffic of its own for a firewall to allow or block.",
				"| Security logging to a SIEM | No: no part of the product opens a network port or connects to one |",
				"No part of the product opens a network port or connects to one, so it forwards no events to a SIEM or log collector."},
			[]string{"No part of the product is on the user's home network", "Security logging to a SIEM | Not stated"}},
		{"genomicscloud", "helixa",
			[]string{"| Laboratory S3 bucket | Customer infrastructure | Not stated (the customer's own system) | Not stated (the customer's own system) | Not stated (the customer's own system) |"},
			[]string{"| Laboratory S3 bucket | Customer infrastructure | Not stated |"}},
		{"fhirapi", "sepsiscore",
			[]string{"| SepsiScore cloud service | Hosted by the manufacturer | See the software updates section |",
				"How the integrity and authenticity of an update are verified is not stated beyond the MDS2 form's answers about the product: it checks that its software has not been altered (SAHD-3)"},
			[]string{"how the integrity and authenticity of an update are verified are not stated"}},
		{"insulinpump", "lumen-aid",
			[]string{"For the Lumen app, when the vendors of the platforms it runs on (an operating system, say) end their support is not stated: no such platform is listed with its vendor's end of support"},
			[]string{"which platform versions (of an operating system, say) it supports"}},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			md := fixtureCSDOf(t, tc.fixture, tc.id)
			kindtest.SaysAll(t, tc.fixture+" CSD", md, tc.says...)
			kindtest.SaysNone(t, tc.fixture+" CSD", md, tc.never...)
		})
	}
}
