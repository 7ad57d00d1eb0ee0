package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDCheckItemEmptyOrIncomplete: the labeling warning said "is empty"
// of a section that gives some of the item (the updates section printing
// postmarket.patching.deployment without [updates]). "Is empty" only when
// the section gives nothing the item asks; otherwise "is incomplete",
// and item 6 says what the section gives.
func TestCSDCheckItemEmptyOrIncomplete(t *testing.T) {
	const item6 = "CSD: FDA labeling item 6 (Authorised, version-identifiable software updates) "
	for _, tc := range []struct {
		name       string
		deployment string
		want       string
	}{
		{"deployment written", "The service technician installs updates at a scheduled visit.",
			item6 + "is incomplete: add [updates] (how updates are obtained, identified, announced and verified); the CSD gives only how they are delivered (postmarket.patching.deployment)"},
		{"nothing of it", "",
			item6 + "is empty: add [updates] (how updates are obtained, identified, announced and verified)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			p.Updates = content.Updates{}
			p.Postmarket.Patching.Deployment = tc.deployment
			for i := range p.Parts {
				p.Parts[i].Patching = ""
			}
			var got []string
			for _, d := range check(product(c, p)) {
				got = append(got, d.Message)
			}
			all := strings.Join(got, "\n")
			kindtest.SaysAll(t, "the diagnostics", all, tc.want)
		})
	}
}
