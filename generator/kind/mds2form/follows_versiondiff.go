package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// versionDiff is how the data of one covered version decide the printed
// answers differently from the newest's: a version whose data decide
// nothing for a question (no component list of its own) does not decide
// it "otherwise", and one deciding the same answer from other facts does
// not answer it otherwise either.
type versionDiff struct {
	version   string
	otherwise []string // both decide it, with different answers
	facts     []string // both decide the same answer, from different facts
	undecided []string // the newest's data decide it, this version's do not
	only      []string // this version's data decide it, the newest's do not
}

func (d *versionDiff) add(id string, newest, theirs map[string]fact) {
	a, inNewest := newest[id]
	b, inTheirs := theirs[id]
	switch {
	case !inTheirs:
		d.undecided = append(d.undecided, id)
	case !inNewest:
		d.only = append(d.only, id)
	case a.Answer != b.Answer || a.Text != b.Text:
		d.otherwise = append(d.otherwise, id)
	default:
		d.facts = append(d.facts, id)
	}
}

func (d *versionDiff) any() bool {
	return len(d.otherwise)+len(d.facts)+len(d.undecided)+len(d.only) > 0
}

func (d *versionDiff) sort() {
	for _, ids := range [][]string{d.otherwise, d.facts, d.undecided, d.only} {
		mds2.SortIDs(ids)
	}
}

// says words the difference for the warning: "the product data of
// version 4.2 do not decide CSUP-1, which 5.0's decide".
func (d versionDiff) says(newest string) string {
	var parts []string
	if len(d.otherwise) > 0 {
		parts = append(parts, fmt.Sprintf("decide %s otherwise than %s's", content.AndList(d.otherwise), newest))
	}
	if len(d.facts) > 0 {
		parts = append(parts, fmt.Sprintf("decide %s as %s's do but from other facts", content.AndList(d.facts), newest))
	}
	if len(d.undecided) > 0 {
		parts = append(parts, fmt.Sprintf("do not decide %s, which %s's decide", content.AndList(d.undecided), newest))
	}
	if len(d.only) > 0 {
		parts = append(parts, fmt.Sprintf("decide %s, which %s's do not", content.AndList(d.only), newest))
	}
	return fmt.Sprintf("the product data of version %s %s", d.version, strings.Join(parts, ", and "))
}
