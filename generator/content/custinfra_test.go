package content

import "testing"

// TestResponsibilityDefaultsAsStated: a part the manufacturer hosts and
// the customer's own infrastructure name nobody who patches, backs up or
// watches them unless the data say so; a part that writes its own words
// keeps them.
func TestResponsibilityDefaultsAsStated(t *testing.T) {
	for _, tc := range []struct {
		runs                   PartRuns
		patch, backup, monitor string
	}{
		{"manufacturer_hosted", "", "", ""},
		{"customer_infrastructure", "", "", ""},
	} {
		pt := Part{ID: "x", Name: "X", Runs: tc.runs}
		if got := [3]string{pt.PatchedBy(), pt.BackedUpBy(), pt.MonitoredBy()}; got != [3]string{tc.patch, tc.backup, tc.monitor} {
			t.Errorf("%s: got %q", tc.runs, got)
		}
		own := Part{ID: "x", Name: "X", Runs: tc.runs, Patching: "P.", Backup: "B.", Monitoring: "M."}
		if got := [3]string{own.PatchedBy(), own.BackedUpBy(), own.MonitoredBy()}; got != [3]string{"P.", "B.", "M."} {
			t.Errorf("%s, written: got %q", tc.runs, got)
		}
	}
}

// TestNetworkUpdatesCell: a flow carrying software over a network is
// named beside "Not stated", never read as software updates the
// manufacturer delivers remotely.
func TestNetworkUpdatesCell(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"one flow", remoteBase + rmSrv + rmFlow("F-1", "rsc", "dev", "lan"),
			"Not stated; data flow F-1 carries software to Analyzer over a network, which does not say whether that is a software update the manufacturer delivers remotely"},
		{"two flows", remoteBase + rmSrv + rmFlow("F-1", "rsc", "dev", "lan") + rmFlow("F-2", "rsc", "srv", "gw"),
			"Not stated; data flows F-1, F-2 carry software to Analyzer and the Analyzer server over a network, which does not say whether that is a software update the manufacturer delivers remotely"},
		{"none", remoteBase + rmSrv, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := loadParts(t, tc.src)
			if got := p.NetworkUpdatesCell(); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
