package csd

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// updateSigning finds a control text that speaks of a signature or its
// check ("signed", "countersigns", "verifies"), and updateArtefact one
// that speaks of what an update brings (an update, firmware, a package or
// image): both are needed, so that a signed drug library or a checked
// plan is not taken for update verification.
var (
	updateSigning  = regexp.MustCompile(`(?i)\b(counter)?sign(s|ed|ing|ature|atures)?\b|\bverif`)
	updateArtefact = regexp.MustCompile(`(?i)\b(updat|firmware|package|image|software|release|installer|patch)`)
)

// UpdateIntegrityControls returns p's controls of category integrity or
// updatability whose title or description speaks of signing or verifying
// what an update brings ("The recorder installs only update packages
// signed by Strata Medical"). Without [updates].integrity, section 6
// cites them rather than calling update verification not stated beside a
// security plan and an MDS2 form (SAHD-3.2) that state it.
func (CSDData) UpdateIntegrityControls(p *content.Product) []content.Control {
	var out []content.Control
	for _, c := range p.Controls {
		if c.Category != "integrity" && c.Category != "updatability" {
			continue
		}
		text := c.Title + " " + c.Description
		if updateSigning.MatchString(text) && updateArtefact.MatchString(text) {
			out = append(out, c)
		}
	}
	return out
}

// UpdateIntegrityControlsText names those controls with their own words,
// for "is not stated beyond …": `control C-SIGN ("The recorder installs
// only update packages signed by Strata Medical")`; "" where there are
// none.
func (d CSDData) UpdateIntegrityControlsText(p *content.Product) string {
	cs := d.UpdateIntegrityControls(p)
	if len(cs) == 0 {
		return ""
	}
	var items []string
	for _, c := range cs {
		items = append(items, fmt.Sprintf("%s (\"%s\")", c.ID, strings.TrimRight(strings.TrimSpace(c.Description), ".")))
	}
	return content.Plural(len(cs), "control", "controls") + " " + content.AndList(items)
}
