package content

import (
	"cmp"
	"fmt"
)

// isaoAcross warns of a product's hand MDS2 DOC-9 Yes or No while the
// site file does not state manufacturer.isao.member and another product
// of the site publishes a security plan that says the membership is not
// stated (or repeats its own form's other answer), or a form answering
// DOC-9 otherwise: membership is the manufacturer's, one fact for the
// whole site (twoproducts: WardSight's form No beside TeleStride's plan
// "not stated"). A product whose own plan repeats its form is warned of
// by the form's own check (mds2form checkISAO). It runs across products
// (all: every product, read or known), like the duplicate-ID check.
func isaoAcross(s *Site, siteFile Source, all []KnownProduct) Diagnostics {
	if s == nil || s.Manufacturer.ISAO.Member.Known() {
		return nil
	}
	var diags Diagnostics
	for _, k := range all {
		if k.DOC9 != "yes" && k.DOC9 != "no" {
			continue
		}
		var others []string
		for _, o := range all {
			if o.ID == k.ID || o.DOC9 == k.DOC9 {
				continue
			}
			stated := o.DOC9 == "yes" || o.DOC9 == "no"
			switch {
			case o.Builds("security_plan") && !stated:
				others = append(others, fmt.Sprintf("the security plan of %s says it is not stated", o.ID))
			case o.Builds("security_plan"):
				others = append(others, fmt.Sprintf("the security plan and MDS2 form of %s answer %s", o.ID, upperFirst(o.DOC9)))
			case stated:
				others = append(others, fmt.Sprintf("the MDS2 form of %s answers %s", o.ID, upperFirst(o.DOC9)))
			}
		}
		if len(others) == 0 {
			continue
		}
		name := cmp.Or(s.Manufacturer.Name, "the manufacturer")
		// The remedy fits the answer: a No is written as member = false
		// only where that is the fact, and else as a note marked
		// unstated = true beside a blank answer (mds2form checkISAO).
		remedy := "write manufacturer.isao.member = true and the organization's name (manufacturer.isao.name) in the site file, which every plan and form read, and remove this answer"
		if k.DOC9 == "no" {
			remedy = fmt.Sprintf("if %s is not a member, write manufacturer.isao.member = false in the site file, which every plan and form read, and remove this answer; if it is not known, leave the answer blank and give a note marked unstated = true instead ({ note = n })", name)
		}
		diags = append(diags, Diagnostic{Severity: Warning, File: k.File, Line: cmp.Or(k.DOC9Line, k.IDLine), Path: "mds2.answers.DOC-9",
			Message: fmt.Sprintf("answer %s, but %s does not state manufacturer.isao.member, and %s: whether %s is a member of an information sharing and analysis organization is one fact for every product of the site; %s",
				upperFirst(k.DOC9), cmp.Or(siteFile.File, "the site file"), AndList(others), name, remedy)})
	}
	return diags
}

// upperFirst is a lower-case hand answer ("yes") as the form prints it.
func upperFirst(a string) string {
	if a == "" {
		return a
	}
	return string(a[0]-'a'+'A') + a[1:]
}
