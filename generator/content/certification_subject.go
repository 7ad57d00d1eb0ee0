package content

import "regexp"

// A certification is of the product (its software tested against
// security requirements: UL 2900-2-1, IEC 62443-4-2) or of the maker's
// process (how it develops and maintains its products: IEC 62443-4-1,
// IEC 81001-5-1). MDS2 SAHD-2 asks whether the device holds a
// cybersecurity certification: a process assessment is not one, though
// the CSD lists it beside the others.

// The subjects a certification can have (certifications.subject).
const (
	SubjectProduct = "product"
	SubjectProcess = "process"
)

// standardSubjects are the standards whose subject is known, by a
// pattern of their number that a longer number (62443-4-12) does not
// match.
var standardSubjects = []struct {
	number  *regexp.Regexp
	subject string
}{
	{regexp.MustCompile(`(?i)\bUL ?2900\b`), SubjectProduct}, // software cybersecurity of network-connectable products
	{regexp.MustCompile(`\b62443-4-2\b`), SubjectProduct},    // technical security requirements of components
	{regexp.MustCompile(`\b62443-3-3\b`), SubjectProduct},    // system security requirements
	{regexp.MustCompile(`\b62443-4-1\b`), SubjectProcess},    // secure product development lifecycle
	{regexp.MustCompile(`\b81001-5-1\b`), SubjectProcess},    // health software security activities in the lifecycle
	{regexp.MustCompile(`\b27001\b`), SubjectProcess},        // information security management system
}

// Assesses is what certification c is of: its subject when written;
// else the subject of the standards its name names, when they are all
// of one subject; "" (not stated) when the name names none, or standards
// of both subjects (a certificate of a product and of the process that
// made it).
func (c Certification) Assesses() string {
	if c.Subject != "" {
		return c.Subject
	}
	found := ""
	for _, s := range standardSubjects {
		if !s.number.MatchString(c.Name) {
			continue
		}
		if found != "" && found != s.subject {
			return ""
		}
		found = s.subject
	}
	return found
}
