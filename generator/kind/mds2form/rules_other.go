package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// Derivation rules of sections PAUT, SAHD and SGUD (accounts,
// credentials, certifications, sanitisation).

func (f *mds2Facts) credentials() (fact, bool) {
	for i, d := range f.p.DataStores {
		if f.ownStore(d) && d.Data.Has("credentials") {
			return f.yes(f.storePath(i)+".data", fmt.Sprintf("lists credentials (%s)", d.ID)), true
		}
	}
	// A local sign-in on the only part, or on a part the account names,
	// says the device keeps credentials.
	if fact, ok := f.localSignInOnOnlyPart(); ok {
		return fact, true
	}
	if fact, ok := f.localSignInOnNamedPart(); ok {
		return fact, true
	}
	// An interface listing credentials may only pass them on (a badge
	// scanner, a server forwarding sign-ins to the hospital's directory):
	// passing them on is not keeping them, so neither Yes nor No.
	for _, it := range f.p.Interfaces {
		if f.ownInterface(it) && it.Carries.Has("credentials") {
			return fact{}, false
		}
	}
	if !f.states("data_stores", len(f.p.DataStores)) || !f.allCarriesStated() {
		return fact{}, false // where credentials could rest or pass is not stated
	}
	// An account signs in with something: a password or PIN the device
	// checks against what it keeps, a certificate it verifies, or an
	// identity provider's assertion. Only authentication (prose) says
	// which (sign_in names no part, localSignInOnOnlyPart), and prose
	// decides nothing, so any account leaves a No to the product (a
	// login with user name and password listed beside stores without
	// credentials read No). Accounts not written are not
	// stated: which accounts the product has is unknown, and it is not
	// "none".
	if len(f.p.Accounts) > 0 || !f.p.States("accounts") {
		return fact{}, false
	}
	for _, d := range f.p.DataFlows {
		if d.Data.Has("credentials") {
			// Credentials reach a part (a sign-in assertion, a token) with
			// no store or interface saying so: whether the device keeps
			// or manages them is not stated, and it is not "no".
			return fact{}, false
		}
	}
	return f.no("data_stores", "and interfaces list no credentials, and accounts lists no account"), true
}

// certified: Yes when each version the form covers has a certification
// of the product (content.Certification.Assesses) dated no later than
// the form's release (one dated after it was not held when the form was
// released) that covers it (certifications.versions; none written: every
// version). SAHD-2 asks whether the device holds a certification: an
// assessment of the maker's process (IEC 81001-5-1, IEC 62443-4-1) is
// not one, and neither is it the lack of one, for whether it counts is
// the manufacturer's reading of the question; so one covering a version
// the form covers, like one whose subject is not stated, leaves the
// answer to [mds2.answers]. No when the certifications the product
// writes (an empty list included) hold none of any subject dated by then
// for any of them. A certificate of one version (UL 2900-2-1 of 4.2.1)
// is not another's: when some covered versions have one and others none,
// the form is neither certified nor not, and the answer is left to
// [mds2.answers].
func (f *mds2Facts) certified() (fact, bool) {
	on := kind.Released(f.p.Documents.MDS2, f.env.AsOf)
	versions := []string{""} // a product without versions: every certification covers it
	if len(f.versions) > 0 {
		versions = versions[:0]
		for _, i := range f.versions {
			versions = append(versions, f.p.Versions[i].Version)
		}
	}
	held := func(c content.Certification, v string) bool { return !c.Date.After(on) && c.Covers(v) }
	ofProduct := func(c content.Certification) bool { return c.Assesses() == content.SubjectProduct }
	for i, c := range f.p.Certifications {
		if ofProduct(c) && !c.Date.After(on) && coversAll(c, versions) {
			says := "(" + c.Name + ") is a security certification or assessment of the product held"
			if len(c.Versions) > 0 {
				says += " for " + content.VersionsWord(c.Versions)
			}
			return f.yes(fmt.Sprintf("certifications[%d]", i), says), true
		}
	}
	// No one certification covers them all: each its own.
	first, covered, other := -1, 0, false
	for _, v := range versions {
		if i := slices.IndexFunc(f.p.Certifications, func(c content.Certification) bool { return ofProduct(c) && held(c, v) }); i >= 0 {
			covered++
			if first < 0 || i < first {
				first = i
			}
		}
		other = other || slices.ContainsFunc(f.p.Certifications, func(c content.Certification) bool { return !ofProduct(c) && held(c, v) })
	}
	if covered == len(versions) {
		c := f.p.Certifications[first]
		return f.yes(fmt.Sprintf("certifications[%d]", first), "("+c.Name+") is a security certification or assessment of the product held for "+content.VersionsWord(c.Versions)+"; each other version the form covers has one too"), true
	}
	if covered > 0 {
		return fact{}, false // some versions covered, others not: neither Yes nor No
	}
	if other {
		return fact{}, false // only a process assessment, or one of unstated subject: neither Yes nor No
	}
	if !f.states("certifications", len(f.p.Certifications)) {
		return fact{}, false // no certifications written: not stated
	}
	says := "lists no security certification or assessment dated by the form's release, " + on.String()
	if versions[0] != "" && slices.ContainsFunc(f.p.Certifications, func(c content.Certification) bool { return len(c.Versions) > 0 }) {
		says = "lists no security certification or assessment of " + content.VersionsWord(versions) + " dated by the form's release, " + on.String()
	}
	return f.no("certifications", says), true
}

// coversAll reports whether certification c covers every one of versions.
func coversAll(c content.Certification, versions []string) bool {
	for _, v := range versions {
		if !c.Covers(v) {
			return false
		}
	}
	return true
}

// sanitize: Yes when every store of PHI or PII gives erasure
// instructions. A store without them decides nothing, even when none has
// them: sanitize is optional, and a product file that does not write it
// has not said that the data cannot be erased or that no instructions
// exist (they may be in the instructions for use).
func (f *mds2Facts) sanitize() (fact, bool) {
	first, all := -1, true
	for i, d := range f.p.DataStores {
		if !f.ownStore(d) || !carriesPII(d.Data) {
			continue
		}
		if strings.TrimSpace(d.Sanitize) == "" {
			all = false
		} else if first < 0 {
			first = i
		}
	}
	if first >= 0 && all {
		return f.yes(f.storePath(first)+".sanitize", "and every other store holding PHI or PII give erasure instructions"), true
	}
	return fact{}, false
}

// spdf: Yes when spdf.frameworks names at least one framework (a blank
// entry names none). No framework stated decides nothing: the MDS2 asks
// whether a secure development process is followed, which a product may
// answer without listing frameworks.
func (f *mds2Facts) spdf() (fact, bool) {
	var names []string
	for _, n := range f.p.SPDF.Frameworks {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return fact{}, false
	}
	return f.yes("spdf.frameworks", "names the secure development framework followed: "+strings.Join(names, ", ")), true
}

// vetting: RDMP-2 from suppliers.components_evaluated, a stated yes/no
// fact. The vetting text describes how suppliers are chosen but decides
// nothing: prose can say "not evaluated" in too many ways for a word list
// to read it, and a wrong Yes is worse than asking for the answer.
func (f *mds2Facts) vetting() (fact, bool) {
	switch t := f.p.Suppliers.ComponentsEvaluated; {
	case t.IsTrue():
		return f.yes("suppliers.components_evaluated", "states that third-party components are checked for secure development"), true
	case t.IsFalse():
		return f.no("suppliers.components_evaluated", "states that third-party components are not checked for secure development"), true
	}
	return fact{}, false
}

// inCSD is ", published in the customer security documentation" when
// csdPublishes, else "": a derived answer names no document that is not
// built, did not exist yet or is about another version.
func (f *mds2Facts) inCSD() string {
	if f.csdPublishes() {
		return ", published in the customer security documentation"
	}
	return ""
}

// csdPublishes reports whether a CSD about the form's version is built
// and was first issued by the form's release date: a form of version 3.0
// beside a CSD of 2.1 (released before 3.0 came out), or a form released
// before the CSD was first issued, has no CSD that gives its ports.
func (f *mds2Facts) csdPublishes() bool {
	if !f.p.Builds("csd") {
		return false
	}
	versions := f.csdVersions
	if versions == nil {
		versions = kind.CSDVersions(f.env, f.p)
	}
	on := kind.Released(f.p.Documents.MDS2, f.env.AsOf)
	return slices.Contains(versions, f.p.VersionOf) && !f.p.Documents.CSD.FirstIssued().After(on)
}
