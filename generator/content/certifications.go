package content

import (
	"fmt"
	"slices"
	"strings"
)

// A certificate or assessment is of the software as it was assessed: a
// UL 2900-2-1 certificate of version 4.2.1 says nothing of 4.1.0. Its
// versions (none written: every version) decide which version's
// documents may name it.

// Covers reports whether the certification covers product version v:
// every version when it lists none; "" (a product without versions) is
// covered by every certification.
func (c Certification) Covers(v string) bool {
	return len(c.Versions) == 0 || v == "" || slices.Contains(c.Versions, v)
}

// CertificationsFor is the certifications covering version v, in the
// product file's order ("" for every certification).
func (p *Product) CertificationsFor(v string) []Certification {
	var out []Certification
	for _, c := range p.Certifications {
		if c.Covers(v) {
			out = append(out, c)
		}
	}
	return out
}

// certifications checks each certification's versions: known versions,
// and a scope that names versions the list leaves out, or names some
// while no list is written (the certificate would then count for every
// version).
func (v *productValidator) certifications() {
	p := v.p
	known := p.versionSet()
	// A version string that is also one of a related system's (Halcyon
	// Connect 5.3 beside a device version 5.3) may be the related
	// system's in the scope: it proves nothing about the device's.
	related := map[string]bool{}
	for _, s := range p.RelatedSystems {
		for _, rv := range s.Versions {
			related[rv.Version] = true
		}
	}
	// The documents that read certifications (the CSD lists them, the
	// MDS2 form derives SAHD-2): the warnings name only those built.
	var docs []string
	if p.Builds("csd") {
		docs = append(docs, "CSD")
	}
	if p.Builds("mds2") {
		docs = append(docs, "MDS2 form (SAHD-2)")
	}
	readers := strings.Join(docs, " and ")
	for i, c := range p.Certifications {
		path := fmt.Sprintf("certifications[%d]", i)
		v.refs(path+".versions", c.Versions, known, "version")
		if p.Builds("mds2") && c.Assesses() == "" {
			v.warnf(path+".name", "names no standard whose subject is known, and subject is not written: the MDS2 form's SAHD-2 (does the device hold a cybersecurity certification) counts it neither as a certification of the device nor as the lack of one; write subject = \"product\" or \"process\"")
		}
		if len(docs) == 0 {
			continue
		}
		// named: the versions the scope names; also, those it may name
		// (a related system's too), which count only towards naming
		// every version.
		var named, also []string
		for _, ver := range p.Versions {
			if namesVersion(c.Scope, ver.Version) {
				if related[ver.Version] {
					also = append(also, ver.Version)
				} else {
					named = append(named, ver.Version)
				}
			}
		}
		if len(named) == 0 {
			continue
		}
		if len(c.Versions) == 0 {
			if len(named)+len(also) < len(p.Versions) {
				v.warnf(path+".scope", "names %s, but versions is not written: the certification then counts for every version, in the %s of any version; write the versions it covers in versions", VersionsWord(named), readers)
			}
			continue
		}
		var missing []string
		for _, n := range named {
			if !slices.Contains(c.Versions, n) {
				missing = append(missing, n)
			}
		}
		if len(missing) > 0 {
			verb := "leaves"
			if len(docs) > 1 {
				verb = "leave"
			}
			v.warnf(path+".scope", "names %s, which versions (%s) does not list: the %s of %s %s the certification out; add it to versions if the certification covers it", VersionsWord(missing), strings.Join(c.Versions, ", "), readers, strings.Join(missing, ", "), verb)
		}
	}
}

// VersionsWord is "version 4.2.1" or "versions 4.1.0, 4.2.1".
func VersionsWord(vs []string) string {
	if len(vs) == 1 {
		return "version " + vs[0]
	}
	return "versions " + strings.Join(vs, ", ")
}

// namesVersion reports whether text names version ver as a word of its
// own: "software 4.2.1," and "v4.2.1" do, "4.2.10", "14.2.1" and
// "4.2.1-rc1" do not. Only a dotted version is looked for: a scope's
// numbers without a dot are as often years and standards' parts
// ("IEC 81001-5-1:2021", "assessed in 2024") as a version "2024".
func namesVersion(text, ver string) bool {
	if !strings.Contains(ver, ".") {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], ver)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(ver)
		from = i + 1
		if !versionStart(text, i) {
			continue
		}
		if end < len(text) {
			next := text[end]
			if isWordByte(next) || next == '-' || next == '_' || next == '+' {
				continue
			}
			if next == '.' && end+1 < len(text) && isWordByte(text[end+1]) {
				continue // 4.2.1.3
			}
		}
		return true
	}
}

// versionStart: the version at i begins a word, or follows a "v" that
// does ("v4.2.1").
func versionStart(text string, i int) bool {
	if i > 0 && (text[i-1] == 'v' || text[i-1] == 'V') {
		i--
	}
	if i == 0 {
		return true
	}
	prev := text[i-1]
	return !isWordByte(prev) && !strings.ContainsRune(".-_:/", rune(prev))
}

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
