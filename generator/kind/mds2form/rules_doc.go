package mds2form

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/render"
)

// Derivation rules of section DOC (document information) and the
// jspgen rows that identify versions and models.

// manufacturerName is the legal manufacturer of the versions the form
// covers: the site's, unless another company made them
// (versions.manufacturer, a version released before the product line
// passed to the site's manufacturer), whose name their labeling bears;
// the site's manufacturer, which supports them, is named beside it, since
// DOC-5 gives its contacts. A form covering versions of both names each
// with its versions.
func (f *mds2Facts) manufacturerName() (fact, bool) {
	site := f.env.Content.Site.Manufacturer.Name
	versions := f.coveredVersionNames()
	others := f.p.MadeByOthers(versions...)
	if len(others) == 0 {
		return f.siteFact(0, site, "manufacturer.name", "is the manufacturer's name"), true
	}
	var parts []string
	if own := f.p.MadeBySite(versions...); len(own) > 0 {
		parts = append(parts, fmt.Sprintf("%s (software %s)", site, strings.Join(own, ", ")))
	}
	for _, o := range others {
		if len(others) == 1 && len(parts) == 0 {
			parts = append(parts, o.Name)
			break
		}
		parts = append(parts, fmt.Sprintf("%s (software %s)", o.Name, strings.Join(o.Versions, ", ")))
	}
	text := strings.Join(parts, "; ") + fmt.Sprintf("; supported by %s", site)
	path := fmt.Sprintf("versions[%d].manufacturer", f.p.VersionIndex(others[0].Versions[0]))
	return f.text(path, text, "names the manufacturer of the version"), true
}

// networkedUse (DOC-6) answers NEMA's "intended use of device in
// network-connected environment": the intended use (intended_use, as in
// the labeling), then the setting it is used in and the networks it
// joins (use_environment, the form's version's), labelled. The use
// environment alone is not an intended use: without intended_use it is
// printed labelled as what it is.
func (f *mds2Facts) networkedUse() (fact, bool) {
	use := strings.TrimSpace(f.p.IntendedUse)
	envKey := f.p.TextKey("use_environment")
	env := strings.TrimSpace(f.p.UseEnvironment)
	if env != "" {
		env = useEnvironmentLabel + env
	}
	switch {
	case use == "":
		return f.text(envKey, env, "describes the use environment; intended_use is not written"), true
	case env == "":
		return f.text("intended_use", use, "states the intended use"), true
	}
	return f.text("intended_use", render.Sentence(use)+" "+env,
		"states the intended use, and "+envKey+" where and by whom the device is used and the networks it joins"), true
}

// useEnvironmentLabel introduces the use environment after the intended
// use in DOC-6.
const useEnvironmentLabel = "Use environment: "

func (f *mds2Facts) coveredModels() []content.Model {
	out := make([]content.Model, len(f.models))
	for i, m := range f.models {
		out[i] = f.p.Models[m]
	}
	return out
}

func (f *mds2Facts) coveredVersionNames() []string {
	out := make([]string, len(f.versions))
	for i, v := range f.versions {
		out[i] = f.p.Versions[v].Version
	}
	return out
}

func (f *mds2Facts) modelNames() (fact, bool) {
	var names []string
	for _, m := range f.coveredModels() {
		names = append(names, m.Name)
	}
	return f.text("models", strings.Join(names, "; "), "lists the models"), true
}

func (f *mds2Facts) versionList() (fact, bool) {
	path := "versions"
	if len(f.p.MDS2.Versions) > 0 {
		path = "mds2.versions"
	}
	// Each version with its lifecycle dates, so the form states the same
	// end of support as the CSD, the lifecycle page and the notices.
	// A general availability after the form's date is a plan: the
	// premarket form of a version not yet on the market says so, as the
	// CSD does ("planned for").
	released := kind.Released(f.p.Documents.MDS2, f.env.AsOf)
	parts := make([]string, len(f.versions))
	for i, vi := range f.versions {
		v := f.p.Versions[vi]
		var dates []string
		for _, m := range v.Milestones() {
			switch {
			case m.Key == "general_availability" && f.p.MarketDates(v) != "":
				// Released market by market: one date is false for
				// the readers of the markets released later, or
				// not at all (content.Product.MarketDates).
				dates = append(dates, strings.ToLower(m.Name)+" "+marketDates(f.p.Product, v))
			case m.Key == "general_availability" && m.Date.After(released):
				dates = append(dates, "planned "+strings.ToLower(m.Name)+" "+m.Date.String())
			case m.Key == "general_availability" || m.Key == "end_of_life" || m.Key == "end_of_support":
				dates = append(dates, strings.ToLower(m.Name)+" "+m.Date.String())
			}
		}
		// Past its end of support, a version may still get updates for
		// the customers who pay for them: the form says until when and
		// for whom, or a programme customer reads that none come.
		if !v.ExtendedSupportUntil.IsZero() {
			dates = append(dates, "paid extended support, for the customers who sign for it only, until "+v.ExtendedSupportUntil.String())
		}
		parts[i] = v.Version
		if len(dates) > 0 {
			parts[i] += " (" + strings.Join(dates, ", ") + ")"
		}
		parts[i] += f.relatedPartVersions(v.Version)
	}
	return f.text(path, strings.Join(parts, "; "), "lists the versions covered"), true
}

func (f *mds2Facts) modelDetails() (fact, bool) {
	if f.p.ImplicitModel() {
		// No [[models]]: the product is sold as one thing.
		return f.text("models", "The "+strings.TrimSpace(f.p.Name)+" as a whole: the product data list no separate models.", "states that the product has no separate models"), true
	}
	var parts []string
	for _, m := range f.coveredModels() {
		// The model's name (or catalogue number) is what a reader knows
		// it by; its id is the data's key.
		s := cmp.Or(strings.TrimSpace(m.Name), m.ID)
		if m.Description != "" {
			s += ": " + strings.TrimSuffix(strings.TrimSpace(m.Description), ".")
		}
		parts = append(parts, s)
	}
	return f.text("models", strings.Join(parts, ". ")+".", "describes the models"), true
}

func (f *mds2Facts) contact() (fact, bool) {
	m := f.env.Content.Site.Manufacturer
	var parts []string
	c := m.SecurityContact
	for _, s := range []string{c.Name, c.Email, c.Phone, c.URL} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	// The PSIRT is optional in a site of MDS2 forms alone: named only when
	// the site file states it.
	switch p := m.PSIRT; {
	case p.Name != "" && p.Email != "":
		parts = append(parts, p.Name+": "+p.Email)
	case p.Name+p.Email != "":
		parts = append(parts, p.Name+p.Email)
	}
	return f.siteFact(0, strings.Join(parts, "; "), "manufacturer.security_contact", "is the security contact"), true
}

func (f *mds2Facts) cvd() (fact, bool) {
	url := f.env.Content.Site.Manufacturer.CVDPolicyURL
	return f.siteFact(mds2.Yes, "", "manufacturer.cvd_policy_url", "publishes the coordinated vulnerability disclosure policy at "+url), url != ""
}

func (f *mds2Facts) isao() (fact, bool) {
	is := f.env.Content.Site.Manufacturer.ISAO
	switch {
	case is.Member.IsTrue():
		return f.siteFact(mds2.Yes, "", "manufacturer.isao.member", "is true ("+is.Name+")"), true
	case is.Member.IsFalse():
		return f.siteFact(mds2.No, "", "manufacturer.isao.member", "is false"), true
	}
	return fact{}, false // not stated: decides nothing
}

func (f *mds2Facts) diagrams() (fact, bool) {
	for i, d := range f.p.Diagrams {
		if d.Kind == "network" || d.Kind == "data_flow" {
			return f.yes(fmt.Sprintf("diagrams[%d]", i), fmt.Sprintf("(%s) is a %s diagram", d.ID, strings.ReplaceAll(d.Kind, "_", "-"))), true
		}
	}
	// A drawing of the data flows the site publishes beside the product's
	// documents is such a diagram (check warns of a hand No beside it:
	// publishedDataFlowView). It yields to an explicit answer, as a note
	// may say the report or plan is not given to customers; check's
	// warning about a No without one stays (checkAgainstData). A hand Yes
	// beside it is kept: the CSD reads only that one, and says from it
	// that the diagram is provided (to ask for where the drawing is of
	// another version).
	if d, ok := f.publishedDataFlowView(); ok {
		d.Yields, d.Kept = true, true
		return d, true
	}
	// No diagram in the product data decides nothing: the manufacturer may
	// provide one elsewhere (DOC-10 = See Note) or none (No).
	return fact{}, false
}

// softwareOnly (DOC-11, PLOK-1): samd, else Yes when the product lists
// parts and none of them runs on the device. SaMD beside a part on the
// device (a kiosk app on a tablet the manufacturer supplies and manages:
// the manufacturer's hardware, holding patient data) decides nothing:
// samd is its regulatory status, but the form asks whether it is
// software only, with no hardware of its own to lock, which that part
// denies; the manufacturer answers, in a note where both hold.
func (f *mds2Facts) softwareOnly() (fact, bool) {
	// An app the manufacturer also runs on phones it supplies and
	// manages (parts.maker_supplied): whether those phones are hardware
	// of the product's own is for the manufacturer to answer.
	if f.p.SuppliesHosts() && !f.p.HasDevice() {
		return fact{}, false
	}
	if !f.p.SaMD.Known() && len(f.p.Parts) > 0 && !f.p.HasDevice() {
		return f.yes("parts", "lists no part that runs on the device: the product is software only"), true
	}
	// samd not stated beside a part written to run on the device (runs =
	// "device": the manufacturer's own hardware, such as a console): the
	// product has hardware of its own, so it is not software only.
	if !f.p.SaMD.Known() {
		for i, pt := range f.p.Parts {
			if pt.Runs.IsDevice() {
				return f.no(fmt.Sprintf("parts[%d].runs", i), fmt.Sprintf("is device for %s: the product has hardware of its own", pt.Name)), true
			}
		}
	}
	if f.p.SaMD.IsTrue() && len(f.p.Parts) > 0 && f.p.HasDevice() {
		return fact{}, false
	}
	return f.samd()
}

func (f *mds2Facts) samd() (fact, bool) {
	switch {
	case f.p.SaMD.IsTrue():
		return f.yes("samd", "is true"), true
	case f.p.SaMD.IsFalse():
		return f.no("samd", "is false"), true
	}
	return fact{}, false // not stated: decides nothing
}

// samdHosted answers DOC-11.3 (the SaMD is hosted by the manufacturer)
// and DOC-11.4 (by the customer) from where the parts run, for a product
// whose parts all run off the device (software only); a product with a
// device, or without parts, leaves them to the manufacturer. The
// customer's own infrastructure (its identity provider) is not the
// product. Software on the customer's own phones or computers may or may
// not count as hosted by the customer, so it decides DOC-11.4 only where
// a customer-hosted part already says Yes. A part a [[related_systems]]
// entry names is a system the SaMD relies on, not the SaMD (the container
// registry and licence server of software the customer runs in its own
// cloud): where it runs says nothing of where the SaMD is hosted. A part
// the manufacturer hosts that the product's other parts reach only
// through connections off as shipped (offAsShipped: an optional
// telemetry receiver) gives no Yes, and leaves No undecided: the SaMD
// may well run elsewhere, and the optional part is still hosted.
func samdHosted(manufacturer bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if len(f.p.Parts) == 0 || f.p.HasDevice() {
			return fact{}, false
		}
		onCustomerDevice, relatedOnly, optional := false, false, false
		for i, pt := range f.p.Parts {
			if f.p.IsRelatedPart(pt.ID) {
				relatedOnly = relatedOnly || manufacturer && pt.Runs.IsManufacturerHosted() || !manufacturer && pt.Runs.IsCustomerHosted()
				continue
			}
			switch {
			case manufacturer && pt.Runs.IsManufacturerHosted() && offAsShipped(f.p.Product, pt):
				// reached only through connections off as shipped (a
				// telemetry receiver beside a plug-in on another maker's
				// device): hosted, but perhaps never used, so whether
				// the SaMD counts as hosted is the manufacturer's answer
				optional = true
			case manufacturer && pt.Runs.IsManufacturerHosted():
				return f.yes(content.AtOr(pt.At, fmt.Sprintf("parts[%d]", i))+".runs", fmt.Sprintf("is manufacturer_hosted for %s", pt.Name)), true
			case !manufacturer && pt.Runs.IsCustomerHosted():
				return f.yes(content.AtOr(pt.At, fmt.Sprintf("parts[%d]", i))+".runs", fmt.Sprintf("is customer_hosted for %s", pt.Name)), true
			case pt.Runs.IsCustomerDevice():
				onCustomerDevice = true
			}
		}
		aside := ""
		if relatedOnly {
			aside = " but the related systems' (related_systems[].part), which are not the SaMD"
		}
		if manufacturer && optional {
			return fact{}, false // decides nothing: not No, a part is hosted
		}
		if manufacturer {
			return f.no("parts", "lists no part the manufacturer hosts"+aside), true
		}
		if onCustomerDevice {
			return fact{}, false
		}
		return f.no("parts", "lists no part the customer hosts"+aside), true
	}
}

// marketDates is version v's release per market as the JSP-VER entry
// gives it: MarketDates with commas, the entries themselves being
// separated by semicolons (jspgen import mds2 reads them back by those).
func marketDates(p *content.Product, v content.Version) string {
	return strings.ReplaceAll(p.MarketDates(v), "; ", ", ")
}
