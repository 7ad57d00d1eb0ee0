package content

import (
	"fmt"
	"strings"
)

// A version's own wording of the product's descriptive texts. The
// top-level description, use_environment and cloud.statement are the
// first version's, like every other top-level fact; a later version that
// adds a feature the texts speak of (a cloud backup, a home-use mode)
// writes its own text in [versions.changes], which holds for it and the
// versions after it until one replaces it again. Without this the one
// text describes every version, and an older version's CSD and MDS2 form
// would print a sentence about a feature only a later version has.
//
// intended_use stays product-wide: it is the labeling's, and a version
// that changed it would be a new device, not a new version.

// versionText is one text a version may replace: its top-level key, its
// key in [versions.changes] (a nested key written flat, as
// cloud_services_added is), and where the product holds it.
type versionText struct {
	key, change string
	field       func(*Product) *string
	changed     func(VersionChanges) string
}

var versionTexts = []versionText{
	{"description", "description", func(p *Product) *string { return &p.Description }, func(c VersionChanges) string { return c.Description }},
	{"use_environment", "use_environment", func(p *Product) *string { return &p.UseEnvironment }, func(c VersionChanges) string { return c.UseEnvironment }},
	{"cloud.statement", "cloud_statement", func(p *Product) *string { return &p.Cloud.Statement }, func(c VersionChanges) string { return c.CloudStatement }},
}

// textsEmpty reports a version that replaces none of the texts.
func (c VersionChanges) textsEmpty() bool {
	return c.Description == "" && c.UseEnvironment == "" && c.CloudStatement == ""
}

// writesText reports a version whose changes (at path) write one of the
// texts, if only empty, which textsEmpty cannot see.
func (v *productValidator) writesText(path string) bool {
	for _, t := range versionTexts {
		if v.p.Source.Has(path + t.change) {
			return true
		}
	}
	return false
}

// applyTexts sets q's texts (a copy of the previous version, prev) to
// those version i writes. A text written empty is refused: the version's
// documents would print nothing where the previous version's said
// something, and leaving the key out keeps the previous text. One that
// repeats the previous version's word for word changes nothing.
func (v *productValidator) applyTexts(path string, i int, c VersionChanges, prev, q *Product) {
	for _, t := range versionTexts {
		key := path + t.change
		text := t.changed(c)
		switch {
		case strings.TrimSpace(text) == "" && v.p.Source.Has(key):
			v.errorf(key, "version %s writes %s empty: write the text that describes it, or leave the key out to keep version %s's", v.p.Versions[i].Version, t.change, v.p.Versions[i-1].Version)
		case text == "":
		case strings.TrimSpace(text) == strings.TrimSpace(*t.field(prev)) && topologyChange(c, prev) == "":
			// (beside added or removed parts or networks it confirms the
			// text for this version: ruleVersionTextsInherited)
			v.warnf(key, "version %s's %s is version %s's word for word: leave it out (a version keeps the text of the version before it)", v.p.Versions[i].Version, t.change, v.p.Versions[i-1].Version)
		default:
			*t.field(q) = text
		}
	}
}

// TextKey is the key path at which this view's text key (description,
// use_environment or cloud.statement) is written: the last version up to
// this view's that replaces it (versions[2].changes.cloud_statement),
// else the top-level key. A derived answer's reason and a warning about
// the text point there.
func (p *Product) TextKey(key string) string {
	change := strings.ReplaceAll(key, ".", "_")
	base := p.Base()
	for i := p.versionsUpTo(base.Versions) - 1; i > 0; i-- {
		if k := fmt.Sprintf("versions[%d].changes.%s", i, change); p.Source.Has(k) {
			return k
		}
	}
	return key
}
