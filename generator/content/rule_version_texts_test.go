package content

import (
	"strings"
	"testing"
)

// vtBase is a pump whose first version joins the hospital's Ethernet;
// each case writes the documents built, 2.0's changes and any later
// version (vtSource).
const vtBase = `schema_version = 2
id = "p"
description = "A pump; its only data link is Ethernet."
use_environment = "Hospital wards, on the hospital's wired network."
home_use = false

[[parts]]
id = "pump"
name = "Pump"
runs = "device"

[[interfaces]]
id = "eth"
kind = "ethernet"
part = "pump"
name = "Ethernet"
purpose = "Event logs."

[[versions]]
version = "1.0"
general_availability = 2024-01-01
`

func vtSource(build, changes, later string) string {
	return vtBase + "\n[[versions]]\nversion = \"2.0\"\ngeneral_availability = 2025-01-01\n[versions.changes]\n" + changes + "\n" + later +
		"\n[documents]\nbuild = [" + build + "]\n"
}

const (
	vtWifi   = "[[versions.changes.interfaces_added]]\nid = \"wifi\"\nkind = \"wifi\"\npart = \"pump\"\nname = \"Wi-Fi\"\npurpose = \"Event logs.\"\n"
	vtServer = "[[versions.changes.parts_added]]\nid = \"server\"\nname = \"Server\"\nruns = \"customer_hosted\"\nhosting = \"premises\"\npatching = \"The hospital installs server updates.\"\n"
	vtSerial = "[[versions.changes.interfaces_added]]\nid = \"cradle\"\nkind = \"serial\"\npart = \"pump\"\nname = \"Cradle\"\npurpose = \"Event logs.\"\n"
)

// TestRuleVersionTextsInherited: a version that adds or removes a part,
// or a network or radio interface, and writes neither description nor
// use_environment inherits texts written without it, which its documents
// print: check names what changed, whose texts it inherits and the
// documents that print them. A text restated (if only word for word, which
// then is no repeat to remove), a change of no part or network, or texts
// no built document prints for the version say nothing.
func TestRuleVersionTextsInherited(t *testing.T) {
	const csdMDS2 = `"csd", "mds2"`
	for _, tc := range []struct {
		name, src string
		want      string // the warning at versions[1].changes (or versions[2], for a later version); "" for none
	}{
		{"adds a part and Wi-Fi, restates neither", vtSource(csdMDS2, vtServer+vtWifi, ""),
			"versions[1].changes: version 2.0 adds part server and interface wifi but inherits the product's top-level description and use environment (version 1.0's), which the CSD, the MDS2 form and the product page print for it: restate them in versions[1].changes (description, use_environment) if they no longer hold for version 2.0, or confirm them by restating either word for word"},
		{"removes the network interface", vtSource(`"csd"`, "interfaces_removed = [\"eth\"]\n", ""),
			"versions[1].changes: version 2.0 removes interface eth but inherits the product's top-level description and use environment (version 1.0's), which the CSD and the product page print for it: restate them in versions[1].changes (description, use_environment) if they no longer hold for version 2.0, or confirm them by restating either word for word"},
		{"inherits an earlier version's description", vtBase + "\n[[versions]]\nversion = \"2.0\"\ngeneral_availability = 2025-01-01\n[versions.changes]\ndescription = \"A pump, now with a faster controller.\"\n" +
			"\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\n" + vtWifi + "\n[documents]\nbuild = [\"mds2\"]\n",
			"versions[2].changes: version 3.0 adds interface wifi but inherits version 2.0's description and the product's top-level use environment (version 1.0's), which the MDS2 form and the product page print for it: restate them in versions[2].changes (description, use_environment) if they no longer hold for version 3.0, or confirm them by restating either word for word"},
		{"adds Wi-Fi, only the MDS2 form built, later versions restating the description", vtSource(`"mds2"`, vtWifi,
			"[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\ndescription = \"A pump on Wi-Fi.\"\n"),
			"versions[1].changes: version 2.0 adds interface wifi but inherits the product's top-level use environment (version 1.0's), which the MDS2 form prints for it: restate it in versions[1].changes (use_environment) if it no longer holds for version 2.0, or confirm it by restating it word for word"},
		{"description restated", vtSource(csdMDS2, "description = \"A pump with Ethernet and Wi-Fi, and a server.\"\n"+vtServer+vtWifi, ""), ""},
		{"use environment restated word for word: confirmed", vtSource(csdMDS2, "use_environment = \"Hospital wards, on the hospital's wired network.\"\n"+vtWifi, ""), ""},
		{"adds a serial cradle only", vtSource(csdMDS2, vtSerial, ""), ""},
		{"a later version restates both, and 2.0 gets no documents of its own", vtSource(`"csd"`, vtWifi,
			"[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\ndescription = \"A pump on Wi-Fi.\"\nuse_environment = \"Hospital wards, on the hospital's Wi-Fi.\"\n"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			var got []string
			for _, d := range diags {
				// this rule's, and the word-for-word warning a confirmation does not get
				if strings.HasPrefix(d.Path, "versions[") && (strings.HasSuffix(d.Path, ".changes") || strings.HasSuffix(d.Path, ".description") || strings.HasSuffix(d.Path, ".use_environment")) {
					got = append(got, strings.TrimPrefix(d.String(), "p.toml:"))
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got\n%s\nwant nothing at versions[]", strings.Join(got, "\n"))
				}
				return
			}
			if len(got) != 1 || !strings.HasSuffix(got[0], ": warning: "+tc.want) {
				t.Errorf("got\n%s\nwant the one warning\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}
