package content

import "testing"

// TestSBOMFilesInAnyVersion: files at the top or in any version's changes
// count, whichever version's view asks; none anywhere does not.
func TestSBOMFilesInAnyVersion(t *testing.T) {
	later := []Version{{Version: "5.1"}, {Version: "6.0", Changes: VersionChanges{SBOMFiles: []string{"6.0.spdx.json"}}}}
	for _, tc := range []struct {
		name string
		p    Product
		want bool
	}{
		{"none anywhere", Product{Versions: []Version{{Version: "5.1"}, {Version: "6.0"}}, SBOM: SBOM{OnRequest: "Ask us."}}, false},
		{"top-level files", Product{SBOM: SBOM{Files: []string{"a.cdx.json"}}}, true},
		{"a later version's files, asked from an earlier one's view", Product{Versions: later}, true},
	} {
		if got := tc.p.SBOMFilesInAnyVersion(); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
