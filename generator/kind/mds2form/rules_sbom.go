package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// Derivation rules of sections CSUP, RDMP and SBOM (software:
// components, support and the SBOM).

// hasSoftware: CSUP-1 from the covered version's own data. A version
// without SBOM files of its own is listed with another version's
// components (Inventory.ListedFor), whose file its sbom.files may still
// name: they say nothing of its software, and nothing is derived. Else
// the [[components]] entries that are or annotate its components, then
// its own SBOM files (the entries describe the current version and
// annotate an older one's SBOM only where they match it). An inventory
// that lists nothing was not read from the files (a product built in
// code): the product file's [[components]] then speak.
func (f *mds2Facts) hasSoftware() (fact, bool) {
	inv := f.p.Inventory
	if inv != nil && inv.ListedFor != "" {
		return fact{}, false
	}
	read := inv != nil && (len(inv.List) > 0 || len(inv.SBOMs) > 0)
	if read {
		for _, c := range inv.List {
			if c.Annotated {
				return f.yes("components", "lists software components"), true
			}
		}
	} else if len(f.p.Components) > 0 {
		return f.yes("components", "lists software components"), true
	}
	if len(f.p.SBOM.Files) > 0 { // not another version's list: its own
		return f.yes(f.sbomFilesAt(), "lists the software's SBOM"), true
	}
	return fact{}, false
}

func (f *mds2Facts) supportDates() (fact, bool) {
	if len(f.versions) == 0 {
		return fact{}, false
	}
	// Yes when every version covered has its end of support in the
	// documents. A version without one decides nothing: a date the data
	// does not give is not stated, and may be published elsewhere.
	with := -1
	for _, i := range f.versions {
		if f.p.Versions[i].EndOfSupport.IsZero() {
			return fact{}, false
		}
		if with < 0 {
			with = i
		}
	}
	v := f.p.Versions[with]
	return f.yes(fmt.Sprintf("versions[%d].end_of_support", with), fmt.Sprintf("of %s is %s (every version covered has its end of support published)", v.Version, v.EndOfSupport)), true
}

// endOfLifePlanned: RDMP-4 from suppliers.end_of_life_planned, a stated
// yes/no fact. The contingency text decided it before, with any component
// end of support: "None", "No plan yet" or "TBD" made the form say the
// manufacturer plans for its components' end of life. Prose cannot say
// Yes or No; not stated leaves the answer to [mds2.answers].
func (f *mds2Facts) endOfLifePlanned() (fact, bool) {
	switch t := f.p.Suppliers.EndOfLifePlanned; {
	case t.IsTrue():
		return f.yes("suppliers.end_of_life_planned", "states that the manufacturer plans for its third-party components' end of life"), true
	case t.IsFalse():
		return f.no("suppliers.end_of_life_planned", "states that the manufacturer does not plan for its third-party components' end of life"), true
	}
	return fact{}, false
}

func (f *mds2Facts) sbomFiles() []inventory.SBOMFile {
	if f.comps == nil {
		return nil
	}
	return f.comps.SBOMs
}

// sbomFilesAt is the key path of the SBOM files of the facts' version:
// sbom.files, or the versions[i].changes.sbom_files that replaced them.
func (f *mds2Facts) sbomFilesAt() string { return content.AtOr(f.p.SBOM.FilesAt, "sbom.files") }

// sbomFilePath is the key path of a loaded SBOM file (SBOMFile.KeyIn).
func (f *mds2Facts) sbomFilePath(file inventory.SBOMFile) string { return file.KeyIn(f.p.Product) }

func (f *mds2Facts) sbomAvailable() (fact, bool) {
	if files := f.sbomFiles(); len(files) > 0 {
		return f.yes(f.sbomFilePath(files[0]), fmt.Sprintf("(%s) is published with the documents", files[0].Path)), true
	}
	// Published by the manufacturer outside these documents, the SBOM is
	// available; its format and fields are not stated (SBOM-2 and its
	// parts stay the manufacturer's to answer).
	if u := f.p.SBOM.PublishedAtText(); u != "" {
		return f.yes("sbom.published_at", "says the manufacturer publishes the SBOM at "+u), true
	}
	// The question asks whether an SBOM is available, not published: one
	// given to customers on request is (sbomRequestNote says how).
	if f.p.SBOM.OnRequestText() != "" {
		if f.p.SBOMFilesInAnyVersion() {
			// beside another version's file, the text says what else is
			// given on request (sbomRequestNote quotes it), which need not
			// be called the SBOM
			return f.yes("sbom.on_request", "says what is available to customers on request"), true
		}
		return f.yes("sbom.on_request", "says the SBOM is available to customers on request"), true
	}
	if len(f.p.SBOM.Files) == 0 && len(f.p.Components) == 0 && (f.p.States("sbom") || f.p.States("components")) {
		return f.no("sbom", "lists no SBOM file"+f.ofVersion()+", and [[components]] lists none"), true
	}
	return fact{}, false
}

// ofVersion is " of version v" for the version whose facts these are,
// when the product has more than one: its SBOM files are that version's
// (another version's may list components, and a vulnerability record may
// name components of this one, so the sentence says no more than that
// its own list holds no file). "" for a product of one version or none.
func (f *mds2Facts) ofVersion() string {
	if f.p.VersionOf == "" || len(f.p.Versions) < 2 {
		return ""
	}
	return " of version " + f.p.VersionOf
}

func (f *mds2Facts) sbomFormat() (fact, bool) {
	files := f.sbomFiles()
	if len(files) == 0 {
		return fact{}, false
	}
	d := files[0].Document
	return f.yes(f.sbomFilePath(files[0]), fmt.Sprintf("(%s) is %s %s", files[0].Path, d.Format, d.SpecVersion)), true
}

// sbomComponents are the components read from SBOM files.
func (f *mds2Facts) sbomComponents() []inventory.Component {
	if f.comps == nil {
		return nil
	}
	if f.fromSBOMMade { // three rules ask, for every version's form
		return f.fromSBOM
	}
	var out []inventory.Component
	for _, c := range f.comps.List {
		if c.SBOMFile != "" {
			out = append(out, c)
		}
	}
	f.fromSBOM, f.fromSBOMMade = out, true
	return out
}

// sbomField answers a question on what the SBOM gives for each of its
// components (SBOM-2.1 names, 2.2 suppliers, 2.3 versions): Yes when
// every SBOM component has the field, No when one lacks it (the question
// asks for each component, so one missing is not Yes); what is the
// field in the plural, one in the singular.
func sbomField(what, one string, has func(inventory.Component) bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		list := f.sbomComponents()
		if len(list) == 0 {
			return fact{}, false
		}
		var missing []inventory.Component
		for _, c := range list {
			if !has(c) {
				missing = append(missing, c)
			}
		}
		switch {
		case len(missing) == len(list):
			return f.no(f.sbomFilesAt(), fmt.Sprintf("give no component %s", what)), true
		case len(missing) > 0:
			return f.no(f.sbomFilesAt(), fmt.Sprintf("give no %s for %d of the %d components (%s)", one, len(missing), len(list), sbomComponentLabel(missing[0]))), true
		case len(list) == 1:
			return f.yes(f.sbomFilesAt(), fmt.Sprintf("give %s for its one component", what)), true
		case len(list) == 2:
			return f.yes(f.sbomFilesAt(), fmt.Sprintf("give %s for both components", what)), true
		}
		return f.yes(f.sbomFilesAt(), fmt.Sprintf("give %s for all %d components", what, len(list))), true
	}
}

// sbomComponentLabel names a component in a fact: its name and version,
// else its package URL, else the SBOM file that lists it.
func sbomComponentLabel(c inventory.Component) string {
	switch {
	case c.Name != "":
		return content.NameVersion(c.Name, c.Version)
	case c.PURL != "":
		return c.PURL
	}
	return "one without a name in " + c.SBOMFile
}

// sbomNamesSupplier is SBOM-2.2's strict reading of "the SBOM names the
// supplier": the SBOM file's own supplier field (CycloneDX supplier, SPDX
// PackageSupplier). Authors, publishers, manufacturers and originators
// are not suppliers, and a supplier added by the product file's
// [[components]] is not named by the SBOM.
func sbomNamesSupplier(c inventory.Component) bool { return c.SupplierInSBOM }

func (f *mds2Facts) sbomExtra() (fact, bool) {
	list := f.sbomComponents()
	for _, c := range list {
		if c.PURL != "" || c.CPE != "" || c.License != "" {
			return f.yes(f.sbomFilesAt(), "give package URLs, CPE names or licences"), true
		}
	}
	return fact{}, false
}
