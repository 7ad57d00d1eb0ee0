package notices

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeUpgradeToOwnVersionNoRelatedCheck: the example's component
// end-of-support notice is about 4.2.1, and its upgrade path led to
// 4.2.1, which its readers run already (the example now offers none); the
// notice still told them to check the version of Halcyon Connect "before
// upgrading". The sentence is left out for a target among the notice's
// own versions (the path's row stays), and printed when the notice is
// about another version.
func TestNoticeUpgradeToOwnVersionNoRelatedCheck(t *testing.T) {
	const (
		id    = "ceos-linux-6.6-openssl-3.0"
		check = "Software `4.2.1` works with Halcyon Connect `5.3`: check the version of Halcyon Connect before upgrading."
		row   = "| Software only | software 4.2.1 |"
	)
	for _, tc := range []struct {
		name     string
		versions []string // nil keeps the example's (4.2.1)
		says     bool
	}{
		{"about the target version", nil, false},
		{"about an earlier version", []string{"4.1.0"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderNotice(t, id, func(p *content.Product) {
				for i := range p.Notices {
					if p.Notices[i].ID != id {
						continue
					}
					p.Notices[i].UpgradePaths = []content.UpgradePath{{Kind: "software_only", ToVersion: "4.2.1",
						Description: "Stay on the latest 4.2.x maintenance release."}}
					if tc.versions != nil {
						p.Notices[i].Versions = tc.versions
					}
				}
			})
			kindtest.SaysAll(t, id, md, row)
			if tc.says {
				kindtest.SaysAll(t, id, md, check)
			} else {
				kindtest.SaysNone(t, id, md, "before upgrading")
			}
		})
	}
}
