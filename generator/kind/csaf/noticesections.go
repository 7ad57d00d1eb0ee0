package csaf

import (
	"regexp"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
)

// sectionPointer finds text pointing to a numbered section ("section
// 9.2", "sections 5 and 6"): the notice's own words, from the data, name
// the notice's sections, which its CSAF twin does not have. A statute's
// section ("section 524B", "section 5 of the FD&C Act") is no pointer to
// the notice.
var (
	sectionPointer = regexp.MustCompile(`(?i)\bsections?\s+\d+(?:\.\d+)*\b`)
	sectionOfTitle = regexp.MustCompile(`^\s+of\s+(?:the\s+)?\p{Lu}`)
)

// pointsToSection reports text with a pointer to a numbered section.
func pointsToSection(text string) bool {
	for _, m := range sectionPointer.FindAllStringIndex(text, -1) {
		if !sectionOfTitle.MatchString(text[m[1]:]) {
			return true
		}
	}
	return false
}

// noticeText is the text of a notice's own fields that its twin's notes
// quote: a section number in it is the notice's. The product's own text
// the notes also quote (its backup, its decommissioning steps) is the
// product's, written for another document too, whose sections it may
// name: the data do not say which.
func noticeText(n content.Notice) []string {
	out := []string{n.Summary, n.Maintenance, n.HostedService.Export, n.Actions.NetworkIsolation, n.Actions.Backup, n.Decommissioning}
	out = append(out, n.Compensating...)
	out = append(out, n.Actions.Other...)
	for _, s := range n.Stops {
		out = append(out, s.Details)
	}
	for _, u := range n.UpgradePaths {
		out = append(out, u.Description)
	}
	for _, c := range n.Components {
		out = append(out, c.Concern)
	}
	return out
}

// pointSections adds to each note quoting the notice's words that name a
// section number whose sections they are: the notice's, by its document
// ID and revision and where it is published (where), so the pointer
// resolves.
func pointSections(notes []csaf.Note, n content.Notice, where string) {
	var quoted []string
	for _, s := range noticeText(n) {
		if s = strings.TrimSpace(s); s != "" && pointsToSection(s) {
			quoted = append(quoted, s)
		}
	}
	whose := "Section numbers in this note are those of notice " + n.CitedID()
	if r := n.Document.Revision; r != "" {
		whose += " revision " + r
	}
	whose += ", " + where + "."
	for i := range notes {
		if slices.ContainsFunc(quoted, func(s string) bool { return strings.Contains(notes[i].Text, s) }) {
			notes[i].Text += "\n" + whose
		}
	}
}
