package content

import (
	"regexp"
	"strings"
)

// documentNamesInText are the words by which product text names one of
// the generated documents. Text that names a document the product does
// not build points readers to something the site does not have.
type documentNameInText struct {
	doc string
	re  *regexp.Regexp
}

var documentNamesInText = []documentNameInText{
	{"csd", regexp.MustCompile(`(?i)\bcustomer security documentation\b|\bCSD\b`)},
	{"security_plan", regexp.MustCompile(`(?i)\bproduct security plan\b`)},
	{"mds2", regexp.MustCompile(`\bMDS2\b`)},
	{"lifecycle", regexp.MustCompile(`(?i)\blifecycle page\b`)},
	{"risk_report", regexp.MustCompile(`(?i)\brisk (?:management )?report\b`)},
}

// namesUnbuiltDocuments warns where the product's own text names a
// generated document that documents.build leaves out ("see CSD section
// 3" in a notice of a product that builds no CSD). The [mds2] section is
// read only when the form is built, the only time it is printed: then a
// note of the form's that names a CSD no one builds ("the CSD asks
// patients not to ...") is as false as any other text.
func (v *productValidator) namesUnbuiltDocuments() {
	p := v.p
	if len(p.Documents.Build) == 0 {
		return // every document is built (the optional ones when configured)
	}
	var unbuilt []documentNameInText
	for _, d := range documentNamesInText {
		if !p.Builds(d.doc) {
			unbuilt = append(unbuilt, d)
		}
	}
	if len(unbuilt) == 0 {
		return
	}
	TextValues(p, func(path, value string) {
		if (strings.HasPrefix(path, "mds2.") && !p.Builds("mds2")) || strings.HasPrefix(path, "documents.") {
			return
		}
		for _, d := range unbuilt {
			if m := d.re.FindString(value); m != "" {
				v.warnf(path, "names %s (%q), which documents.build does not build: readers of the built documents cannot follow it", DocumentName(d.doc), m)
				return
			}
		}
	})
}
