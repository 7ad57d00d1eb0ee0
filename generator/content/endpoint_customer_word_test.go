package content

import (
	"strings"
	"testing"
)

// TestEndpointWarningNamesTheCustomer: the warning about an outbound port
// without approved endpoints names the customers as the documents do: a
// clinic (customer = "organisation") or a home user is no hospital.
func TestEndpointWarningNamesTheCustomer(t *testing.T) {
	const port = "[[interfaces]]\nid = \"up\"\nkind = \"ethernet\"\nname = \"Uplink\"\npurpose = \"P\"\n" +
		"[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"up\"\n"
	for _, tc := range []struct {
		name, head, build, want string
	}{
		{"an organisation, CSD", "customer = \"organisation\"\n", "", "customers need the destinations to write firewall rules (FDA labeling item 3)"},
		{"an organisation, plan only", "customer = \"organisation\"\n", `["security_plan"]`, "customers need the destinations to write firewall rules"},
		{"home use", "home_use = true\n", "", "customers need the destinations to write firewall rules (FDA labeling item 3)"},
		{"a hospital", "customer = \"hospital\"\n", "", "hospitals need the destinations to write firewall rules (FDA labeling item 3)"},
		{"not written", "", "", "hospitals need the destinations to write firewall rules (FDA labeling item 3)"},
	} {
		src := "schema_version = 2\nid = \"p\"\n" + tc.head + port
		if tc.build != "" {
			src += "[documents]\nbuild = " + tc.build + "\n"
		}
		var got []string
		for _, d := range decodeProduct(src) {
			if d.Path == "ports[0].endpoints" {
				got = append(got, d.Message)
			}
		}
		who := strings.TrimSuffix(strings.Fields(tc.want)[0], "s") // "hospitals" -> "hospital"
		want := "port 443/tcp is used outbound but names no approved endpoint; " + tc.want +
			": write endpoints, the host names it connects to, or, for a system of the " + who + "'s own whose address only the " + who + " knows, a description of it such as \"the " + who + "'s integration engine\""
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: got %q, want %q", tc.name, got, want)
		}
	}
}

// TestBackupItemIncompleteFromPartBackup: without [backup], a part's own
// backup is stated (the CSD's section 9 prints it), so FDA labeling item 9
// is incomplete, not empty, and the warning says what the CSD gives; with
// no part's backup written it stays empty, and [backup] covers it.
func TestBackupItemIncompleteFromPartBackup(t *testing.T) {
	const parts = "schema_version = 2\nid = \"p\"\n[[parts]]\nid = \"machine\"\nname = \"Dialysis machine\"\nruns = \"device\"\n" +
		"[[parts]]\nid = \"server\"\nname = \"Clinic Server\"\nruns = \"device\"\n"
	item := LabelingItems[8]
	for _, tc := range []struct {
		name, src   string
		empty       bool
		wantMissing string
	}{
		{"a part's backup", parts + "backup = \"Backed up nightly to a USB disk.\"\n", false,
			"[backup] (what is backed up, how to restore it and how a restored backup is authenticated); the CSD gives only how Clinic Server is backed up (parts.backup)"},
		{"no part's backup", parts, true, "[backup]"},
		{"[backup]", parts + "[backup]\nscope = \"Records.\"\nmethod = \"Nightly.\"\nrestore = [\"Restore.\"]\nauthenticity = \"Signed.\"\n", false, ""},
	} {
		p := &Product{}
		if _, diags, ok := DecodeTOML("p.toml", []byte(tc.src), p); !ok {
			t.Fatalf("%s: %v", tc.name, diags)
		}
		if item.Number != 9 {
			t.Fatalf("LabelingItems[8] is item %d", item.Number)
		}
		if got := item.Empty(p); got != tc.empty {
			t.Errorf("%s: Empty = %v, want %v", tc.name, got, tc.empty)
		}
		if got := strings.Join(item.Missing(p), ", "); got != tc.wantMissing {
			t.Errorf("%s: Missing = %q, want %q", tc.name, got, tc.wantMissing)
		}
	}
}
