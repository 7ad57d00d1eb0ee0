package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Documents by choice: a product lists the documents it wants in
// documents.build (default: every document). The keys a product must
// write follow from that choice: a field tagged `jsp:"required=csd mds2"`
// is required only when the product builds the CSD or the MDS2 form, so a
// product that wants only an MDS2 form writes only the facts the form
// reads.

// DocumentKinds are the documents a product may choose, in index order.
var DocumentKinds = []string{"security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report", "estar"}

var documentNames = map[string]string{
	"security_plan": "the security plan", "csd": "the CSD", "mds2": "the MDS2 form",
	"lifecycle": "the lifecycle page", "notices": "the notices", "risk_report": "the risk report", "estar": "the eSTAR cross-reference",
}

// DocumentName names a documents.build value in a sentence: "the CSD".
func DocumentName(doc string) string {
	if n, ok := documentNames[doc]; ok {
		return n
	}
	return doc
}

// Builds reports whether the product chose document doc (one of
// DocumentKinds): every document when documents.build is not given. The
// MDS2 form, when not chosen explicitly, is built only for a product with
// MDS2 input (see the mds2form kind).
func (p *Product) Builds(doc string) bool {
	if len(p.Documents.Build) == 0 {
		return doc != "mds2" || p.MDS2.HasInput()
	}
	return slices.Contains(p.Documents.Build, doc)
}

// Produces reports whether the build writes document doc for the product:
// Builds, and for the risk report and the eSTAR cross-reference their
// document control too, without which neither is built. Text that names
// another document asks this.
func (p *Product) Produces(doc string) bool {
	switch doc {
	case "risk_report":
		return p.Documents.RiskReport.ID != "" && p.Builds(doc)
	case "estar":
		return p.Documents.ESTAR.ID != "" && p.Builds(doc)
	}
	return p.Builds(doc)
}

// BuildsExplicitly reports whether documents.build names doc.
func (p *Product) BuildsExplicitly(doc string) bool { return slices.Contains(p.Documents.Build, doc) }

// buildsOf reads documents.build from a decoded TOML tree before the
// product is decoded, so that the decoder knows which keys are required;
// every document when absent or malformed (the decoder reports a
// malformed value), the MDS2 form then only when [mds2] is present.
func buildsOf(data map[string]any) func(string) bool {
	docs, _ := data["documents"].(map[string]any)
	list, ok := docs["build"].([]any)
	if !ok || len(list) == 0 {
		_, mds2 := data["mds2"]
		return func(doc string) bool { return doc != "mds2" || mds2 }
	}
	var chosen []string
	for _, x := range list {
		if s, ok := x.(string); ok {
			chosen = append(chosen, strings.Clone(s)) // not a slice of the whole file (decoder.text)
		}
	}
	return func(doc string) bool { return slices.Contains(chosen, doc) }
}

// SupportedOn reports a version released and not past its end of
// support on date d. A version past its end of life whose end of support
// is not stated is not known to be supported (SupportUndecided).
func (v *Version) SupportedOn(d Date) bool {
	return v.ReleasedOn(d) && (v.EndOfSupport.IsZero() || d.Before(v.EndOfSupport)) && !v.WithdrawnOn(d) && !v.SupportUndecided(d)
}

// OtherSupportedVersions are the versions, oldest first, that get a CSD
// and an MDS2 form of their own besides the current version's: none
// unless documents.versions = "supported"; then every version other than
// the current one that is generally available on asOf and not past its end
// of support (a version without an end of support stays supported), or
// past it but in paid extended support (DocumentedOn).
func (p *Product) OtherSupportedVersions(asOf Date) []*Version {
	cur := p.CurrentVersion(asOf)
	var out []*Version
	for _, v := range p.SupportedVersions(asOf) {
		if cur == nil || v.Version != cur.Version {
			out = append(out, v)
		}
	}
	return out
}

// SupportedVersions are OtherSupportedVersions and the version current on
// asOf: the versions a CSD and an MDS2 form may be about. A kind builds
// one of its own for each but the version its document released on a
// date is about, when it was also supported on that date: a build dated
// before the documents' release (they describe a newer version) still
// gets a CSD about the version current on the build's date.
func (p *Product) SupportedVersions(asOf Date) []*Version {
	if p.Documents.Versions != "supported" {
		return nil
	}
	var out []*Version
	for i := range p.Versions {
		v := &p.Versions[i]
		if !v.ReleasedOn(asOf) {
			continue // not released: no customer runs it
		}
		if !v.DocumentedOn(asOf) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// versionFolder is what a version string must be to name the folder of
// its documents (<id>/<version>/): letters, digits, dots, hyphens and
// underscores, starting with a letter or digit.
var versionFolder = regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z._-]*$`)

// documentVersions checks, for a product that asks for documents of
// every supported version, that each version can name a folder.
func (v *productValidator) documentVersions() {
	if v.p.Documents.Versions != "supported" {
		return
	}
	for i, ver := range v.p.Versions {
		if !versionFolder.MatchString(ver.Version) || ver.Version == "notices" {
			v.errorf(fmt.Sprintf("versions[%d].version", i), "version %q cannot name the folder of its documents (documents.versions = \"supported\"): use letters, digits, dots, hyphens and underscores, starting with a letter or digit", ver.Version)
		}
	}
}

// documentsChosen warns about a document documents.build names that the
// product's data leaves with nothing to build.
func (v *productValidator) documentsChosen() {
	if p := v.p; p.BuildsExplicitly("notices") && len(p.Notices) == 0 {
		v.warnf("documents.build", "names notices, but the product lists no [[notices]]: no notice is built (the lifecycle page says none has been issued)")
	}
}
