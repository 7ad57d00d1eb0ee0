package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// A device part whose patching is not written is sent to the CSD's
// software updates section (CSDPatchedBy). Where the product's
// [[components]] list an operating system and that section's texts never
// mention it, the pointer would read as answering who installs its
// updates, which nothing states (a Windows all-in-one station whose
// deployment text speaks only of the application's releases). The cell
// then says that this is not stated, and check keeps its warning.

// osUpdatesUnsaid is the clause the CSD's responsibility table adds, for
// version ver, after its pointer to the software updates section for the
// device part pt: "; who installs updates of its operating system
// (Windows 11 Pro 23H2) is not stated"; "" when it adds none.
func (p *Product) osUpdatesUnsaid(pt Part, ver string) string {
	if !pt.Runs.IsDevice() {
		return ""
	}
	oss := p.osComponentsOf(ver)
	if len(oss) == 0 || updatesTextsNameOS(append(p.updatesTexts(p.Updates), p.devicePatching()...), oss) {
		return ""
	}
	devices := 0
	for _, q := range p.PartsInUse() {
		if q.Runs.IsDevice() && !p.IsRelatedPart(q.ID) {
			devices++
		}
	}
	if devices != 1 {
		// The components name no part: which device part runs which
		// operating system is not decided.
		return "; who installs updates of the operating systems listed in section 5 is not stated"
	}
	names := make([]string, len(oss))
	for i, c := range oss {
		names[i] = NameVersion(c.Name, c.Version)
	}
	if len(oss) == 1 {
		return "; who installs updates of its operating system (" + names[0] + ") is not stated"
	}
	return "; who installs updates of its operating systems (" + AndList(names) + ") is not stated"
}

// osComponentsOf is the operating-system [[components]] entries of
// version ver: those whose versions name it, and, for a product with at
// most one version (or ver ""), those that name none; an entry without
// versions is otherwise the current version's, which content does not
// know here (as UnsupportedMajor).
func (p *Product) osComponentsOf(ver string) []Component {
	var out []Component
	for _, c := range p.Components {
		if c.Type != "operating-system" {
			continue
		}
		if slices.Contains(c.Versions, ver) || len(c.Versions) == 0 && (ver == "" || len(p.Base().Versions) <= 1) {
			out = append(out, c)
		}
	}
	return out
}

// updatesTexts is the prose the CSD's software updates section prints of
// how updates come (u, the view's [updates]) with
// postmarket.patching.deployment. [updates] third_party, being about how
// the operating system is updated, comes first so that a caller may take
// its presence alone as an answer.
func (p *Product) updatesTexts(u Updates) []string {
	texts := []string{u.ThirdParty, u.Obtain, p.Postmarket.Patching.Deployment}
	return append(texts, u.Installation...)
}

// devicePatching is the patching written for the product's device parts:
// the operating system may be one of theirs (an acquisition workstation
// whose patching says who installs its Windows updates), which the
// components do not say.
func (p *Product) devicePatching() []string {
	var out []string
	for _, pt := range p.AllParts() {
		if pt.Runs.IsDevice() && strings.TrimSpace(pt.Patching) != "" {
			out = append(out, pt.Patching)
		}
	}
	return out
}

// updatesTextsNameOS reports whether the texts say anything of the
// operating systems' updates: [updates] third_party (texts[0]) is
// written, or a text names one of them (its whole name, or the first
// word of it, as "Windows updates" names Windows 11 IoT Enterprise LTSC)
// or says "operating system".
func updatesTextsNameOS(texts []string, oss []Component) bool {
	if len(texts) > 0 && strings.TrimSpace(texts[0]) != "" {
		return true
	}
	for _, t := range texts {
		t = strings.ToLower(t)
		if strings.Contains(t, "operating system") || strings.Contains(t, "operating-system") {
			return true
		}
		for _, c := range oss {
			n := strings.ToLower(strings.TrimSpace(c.Name))
			first, _, _ := strings.Cut(n, " ")
			if n != "" && strings.Contains(t, n) || len(first) >= 3 && containsWord(t, first) {
				return true
			}
		}
	}
	return false
}

// CSDPatchedByAt is CSDPatchedBy in the CSD of version ver: a device
// part sent to the software updates section is told, besides, that who
// installs its operating system's updates is not stated where the
// section does not speak of them (osUpdatesUnsaid).
func (p *Product) CSDPatchedByAt(pt Part, ver string) string {
	s := p.CSDPatchedBy(pt)
	if _, sent := p.UpdatesRefPrefix(pt, p.UpdatesDescribed()); !sent {
		return s
	}
	return s + p.osUpdatesUnsaid(pt, ver)
}

// osUpdatesWarning warns, for the [[parts]] entry pt at path whose
// patching is not written, where the CSD of a version that holds it
// sends the part to the software updates section and adds that who
// installs its operating system's updates is not stated
// (osUpdatesUnsaid): the pointer silences the warning of an unwritten
// patching (updatesSayingFor), though the section does not answer it.
func (v *productValidator) osUpdatesWarning(path string, pt Part) {
	p := v.p
	if !p.Builds("csd") || !pt.Runs.IsDevice() || !p.patchingSendable(pt) {
		return
	}
	for _, i := range p.partEntryVersions(path, pt.ID) {
		ver, u := "", p.Updates
		for k := 1; k <= i && k < len(p.Versions); k++ {
			// A version's [updates] keys replace the earlier ones.
			c := p.Versions[k].Changes.Updates
			u.Obtain = cmpOr(c.Obtain, u.Obtain)
			u.ThirdParty = cmpOr(c.ThirdParty, u.ThirdParty)
			if len(c.Installation) > 0 {
				u.Installation = c.Installation
			}
		}
		if i >= 0 && i < len(p.Versions) {
			ver = p.Versions[i].Version
		}
		oss := p.osComponentsOf(ver)
		if !p.updatesDescribedAt(i) || len(oss) == 0 || updatesTextsNameOS(append(p.updatesTexts(u), p.devicePatching()...), oss) {
			continue
		}
		v.warnf(path+".patching", "not stated: who installs updates of the operating system on %q; the CSD's responsibility table points to the software updates section, whose texts ([updates], postmarket.patching.deployment) do not mention %s or an operating system, and says who installs them is not stated (write who does in patching: the customer, field service, the device from an update server; or say how the operating system is updated in [updates] third_party)", pt.Name, fmt.Sprintf("%q", oss[0].Name))
		return
	}
}

// containsWord reports whether w occurs in t as a word of its own.
func containsWord(t, w string) bool {
	return slices.Contains(strings.FieldsFunc(t, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}), w)
}

// cmpOr is a when it is not empty, else b.
func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
