package generator

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// MDS2 answers derived from the product data. Each rule names the question
// it answers and the facts that decide it. A rule may decide only one
// direction (say Yes when a cellular interface carries PHI, and nothing
// otherwise); where it decides nothing the product must answer explicitly
// in [mds2.answers]. An explicit answer that differs from a derived one is
// an error naming both places.

// fact is a derived answer and the product fact behind it.
type fact struct {
	Answer mds2.Answer // for yes_no questions
	Text   string      // for text questions
	File   string      // file holding the fact
	Path   string      // its key path, e.g. interfaces[1]
	Line   int
	Says   string // what the fact says, e.g. "is a Wi-Fi interface"
}

// String places and states the fact:
// "interfaces[1] (content/p.toml:301) is a Wi-Fi interface".
func (f fact) String() string {
	loc := f.File
	if f.Line > 0 {
		loc = fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	return fmt.Sprintf("%s (%s) %s", f.Path, loc, f.Says)
}

// Short is the fact without its file position, for published files.
func (f fact) Short() string { return f.Path + " " + f.Says }

// derivation is one row of the derivation table.
type derivation struct {
	ID   string
	From string // the deciding facts, for documentation
	// Replaceable marks a derived text (a default) that an explicit text
	// may replace; every other derived answer is fixed by the data.
	Replaceable bool
	derive      func(*mds2Facts) (fact, bool)
}

// mds2Derivations is the table of derived answers, in form order.
var mds2Derivations = []derivation{
	{ID: "DOC-1", From: "manufacturer.name (site file)", derive: (*mds2Facts).manufacturerName},
	{ID: "DOC-2", From: "description", Replaceable: true, derive: func(f *mds2Facts) (fact, bool) {
		return f.text("description", f.p.Description, "is the device description"), true
	}},
	{ID: "DOC-3", From: "models (those running the versions covered)", derive: (*mds2Facts).modelNames},
	{ID: "JSP-VER", From: "mds2.versions, else versions generally available and not past end of support on the form's release date", derive: (*mds2Facts).versionList},
	{ID: "JSP-MODELS", From: "models and versions[].models", derive: (*mds2Facts).modelDetails},
	{ID: "DOC-4", From: "documents.mds2.id and revision", derive: func(f *mds2Facts) (fact, bool) {
		d := f.p.Documents.MDS2
		return f.text("documents.mds2.id", d.ID+", revision "+d.Revision, "is the form's document ID"), true
	}},
	{ID: "DOC-5", From: "manufacturer.security_contact and psirt (site file)", derive: (*mds2Facts).contact},
	{ID: "DOC-6", From: "use_environment", Replaceable: true, derive: func(f *mds2Facts) (fact, bool) {
		return f.text("use_environment", f.p.UseEnvironment, "describes the use environment"), true
	}},
	{ID: "DOC-7", From: "documents.mds2.release_date", derive: func(f *mds2Facts) (fact, bool) {
		return f.text("documents.mds2.release_date", f.p.Documents.MDS2.ReleaseDate.String(), "is the form's release date"), true
	}},
	{ID: "DOC-8", From: "manufacturer.cvd_policy_url (site file) and postmarket.cvd", derive: (*mds2Facts).cvd},
	{ID: "DOC-9", From: "manufacturer.isao.member (site file)", derive: (*mds2Facts).isao},
	{ID: "DOC-10", From: "diagrams of kind network or data_flow", derive: (*mds2Facts).diagrams},
	{ID: "DOC-11", From: "samd", derive: (*mds2Facts).samd},

	{ID: "MPII-1", From: "PHI or PII in interfaces[].carries, data_stores[].data or data_flows[].data", derive: (*mds2Facts).handlesPII},
	{ID: "MPII-2", From: "PHI or PII in data_stores[].data", derive: (*mds2Facts).storesPII},
	{ID: "MPII-2.6", From: "PHI or PII in data_flows[].data over a network, cable or media interface", derive: (*mds2Facts).exchangesPII},
	{ID: "MPII-3", From: "PHI or PII in interfaces[].carries", derive: ifaceCarriesPII("any interface", nil)},
	{ID: "MPII-3.1", From: "display interfaces carrying PHI or PII", derive: ifaceCarriesPII("display", kinds("display"))},
	{ID: "MPII-3.3", From: "removable_media interfaces carrying PHI or PII", derive: ifaceCarriesPII("removable-media", kinds("removable_media"))},
	{ID: "MPII-3.4", From: "usb or serial interfaces carrying PHI or PII", derive: ifaceCarriesPII("USB or serial", kinds("usb", "serial"))},
	{ID: "MPII-3.5", From: "ethernet interfaces carrying PHI or PII", derive: ifaceCarriesPII("Ethernet", kinds("ethernet"))},
	{ID: "MPII-3.6", From: "wifi, bluetooth, cellular, nfc or infrared interfaces carrying PHI or PII", derive: ifaceCarriesPII("wireless", kinds(wirelessKinds...))},
	{ID: "MPII-3.7", From: "cellular interfaces carrying PHI or PII (Yes only); cloud services receiving PHI or PII (Yes only)", derive: (*mds2Facts).externalPII},
	{ID: "MPII-3.10", From: "interfaces of kind other carrying PHI or PII", derive: ifaceCarriesPII("other-kind", kinds("other"))},

	{ID: "AUDT-1", From: "logging.logs (Yes only)", derive: func(f *mds2Facts) (fact, bool) {
		return f.yes("logging.logs", "lists the device's own logs"), len(f.p.Logging.Logs) > 0
	}},
	{ID: "AUDT-2", From: "logging.events (Yes only)", derive: func(f *mds2Facts) (fact, bool) {
		return f.yes("logging.events", "lists the security events the device records"), len(f.p.Logging.Events) > 0
	}},
	{ID: "AUDT-1.2", From: "data_stores holding logs: whether they also hold PHI or PII", derive: (*mds2Facts).piiInLogs},
	{ID: "AUDT-4.1.1", From: "ports: NTP (123/udp) or NTS-KE (4460/tcp) (Yes only)", derive: (*mds2Facts).timeSync},
	{ID: "AUDT-5", From: "logging.siem.supported (Yes only)", derive: (*mds2Facts).siem},

	{ID: "CSUP-1", From: "components or sbom.files (Yes only)", derive: (*mds2Facts).hasSoftware},

	{ID: "CONN-1", From: "interfaces other than displays", derive: ifaceOfKind("a connectivity", func(i content.Interface) bool { return i.Kind != "display" })},
	{ID: "CONN-1.1", From: "wifi, bluetooth, cellular, nfc or infrared interfaces", derive: ifaceOfKind("a wireless", kinds(wirelessKinds...))},
	{ID: "CONN-1.1.1", From: "wifi interfaces", derive: ifaceOfKind("a Wi-Fi", kinds("wifi"))},
	{ID: "CONN-1.1.2", From: "bluetooth interfaces", derive: ifaceOfKind("a Bluetooth", kinds("bluetooth"))},
	{ID: "CONN-1.1.3", From: "cellular interfaces", derive: ifaceOfKind("a cellular", kinds("cellular"))},
	{ID: "CONN-1.1.4", From: "nfc or infrared interfaces", derive: ifaceOfKind("an NFC or infrared", kinds("nfc", "infrared"))},
	{ID: "CONN-1.2", From: "ethernet, usb, serial or removable_media interfaces", derive: ifaceOfKind("a wired", kinds(wiredKinds...))},
	{ID: "CONN-1.2.1", From: "ethernet interfaces", derive: ifaceOfKind("an Ethernet", kinds("ethernet"))},
	{ID: "CONN-1.2.2", From: "usb interfaces", derive: ifaceOfKind("a USB", kinds("usb"))},
	{ID: "CONN-1.2.3", From: "removable_media interfaces", derive: ifaceOfKind("a removable-media", kinds("removable_media"))},
	{ID: "CONN-1.2.4", From: "serial interfaces", derive: ifaceOfKind("a serial", kinds("serial"))},
	{ID: "CONN-2", From: "ports (Yes when listed, else No)", derive: (*mds2Facts).portList},
	{ID: "CONN-3", From: "ports on wifi or ethernet interfaces (Yes); no ports at all (No)", derive: (*mds2Facts).insideNetwork},
	{ID: "CONN-4", From: "ports on cellular interfaces or required cloud.services (Yes); no ports, or cloud.statement with no cloud services (No)", derive: (*mds2Facts).outsideNetwork},
	{ID: "CONN-6", From: "cloud.services[].required (when cloud.statement is given); no ports at all (No)", derive: (*mds2Facts).internetRequired},

	{ID: "NAUT-1", From: "ports: No when network ports exist and none authenticates its peer", derive: (*mds2Facts).nodeAuth},

	{ID: "PAUT-4", From: "accounts (Yes only: the documentation lists every account)", derive: (*mds2Facts).accountsListed},
	{ID: "PAUT-14", From: "credentials in data_stores[].data or interfaces[].carries", derive: (*mds2Facts).credentials},
	{ID: "PLOK-1", From: "samd", derive: (*mds2Facts).samd},

	{ID: "RDMP-1", From: "spdf.frameworks", derive: func(f *mds2Facts) (fact, bool) {
		return f.yes("spdf.frameworks", "names the secure development framework followed: "+strings.Join(f.p.SPDF.Frameworks, ", ")), len(f.p.SPDF.Frameworks) > 0
	}},
	{ID: "RDMP-2", From: "suppliers.vetting", derive: func(f *mds2Facts) (fact, bool) {
		return f.yes("suppliers.vetting", "describes how third-party components are vetted"), strings.TrimSpace(f.p.Suppliers.Vetting) != ""
	}},
	{ID: "RDMP-3", From: "end_of_support of the versions covered", derive: (*mds2Facts).supportDates},
	{ID: "RDMP-4", From: "suppliers.contingency and component support data (Yes only)", derive: (*mds2Facts).componentEOL},

	{ID: "SBOM-1", From: "sbom.files", derive: (*mds2Facts).sbomAvailable},
	{ID: "SBOM-2", From: "sbom.files (CycloneDX or SPDX)", derive: (*mds2Facts).sbomFormat},
	{ID: "SBOM-2.1", From: "SBOM components' names", derive: sbomField("names", func(c Component) bool { return c.Name != "" })},
	{ID: "SBOM-2.2", From: "SBOM components' suppliers (all: Yes, none: No)", derive: sbomField("suppliers", func(c Component) bool { return c.Supplier != "" })},
	{ID: "SBOM-2.3", From: "SBOM components' versions (all: Yes, none: No)", derive: sbomField("versions", func(c Component) bool { return c.Version != "" })},
	{ID: "SBOM-2.4", From: "SBOM components' purl, CPE or licence (any: Yes)", derive: (*mds2Facts).sbomExtra},
	{ID: "SBOM-4", From: "suppliers.sbom_process", derive: func(f *mds2Facts) (fact, bool) {
		return f.yes("suppliers.sbom_process", "describes how the SBOM is produced and kept current"), len(f.sbomFiles()) > 0 && strings.TrimSpace(f.p.Suppliers.SBOMProcess) != ""
	}},

	{ID: "SAHD-2", From: "certifications (Yes only)", derive: (*mds2Facts).certified},
	{ID: "SGUD-2", From: "data_stores holding PHI or PII: their sanitize instructions", derive: (*mds2Facts).sanitize},

	{ID: "SGUD-3", From: "accounts (Yes only)", derive: (*mds2Facts).accountsListed},

	{ID: "TXCF-1", From: "interfaces carrying PHI or PII: No when any is a network or radio interface", derive: (*mds2Facts).cableOnly},
	{ID: "TXCF-2", From: "data_flows with PHI or PII over a network interface that has no encrypted port (No only)", derive: portFlag("encrypted", func(pt content.Port) bool { return pt.Encrypted })},
	{ID: "TXIG-1", From: "data_flows with PHI or PII over a network interface that has no authenticated port (No only)", derive: portFlag("authenticated", func(pt content.Port) bool { return pt.Authenticated })},
}

var (
	wirelessKinds = []string{"wifi", "bluetooth", "cellular", "nfc", "infrared"}
	wiredKinds    = []string{"ethernet", "usb", "serial", "removable_media"}
	networkKinds  = []string{"wifi", "ethernet", "bluetooth", "cellular"}
)

// mds2Facts is what the rules read: the product, its site file, its
// components and the versions and models the form covers.
type mds2Facts struct {
	ctx      *Context
	p        *content.Product
	comps    *Components
	versions []int // indexes into p.Versions
	models   []int // indexes into p.Models
}

func newMDS2Facts(ctx *Context, p *content.Product) *mds2Facts {
	f := &mds2Facts{ctx: ctx, p: p}
	f.comps, _ = ctx.Components(p)
	f.versions = coveredVersions(ctx, p)
	covered := map[string]bool{}
	all := false
	for _, i := range f.versions {
		if len(p.Versions[i].Models) == 0 {
			all = true
		}
		for _, m := range p.Versions[i].Models {
			covered[m] = true
		}
	}
	for i, m := range p.Models {
		if all || covered[m.ID] {
			f.models = append(f.models, i)
		}
	}
	return f
}

// coveredVersions are mds2.versions, else the versions generally available
// and not past their end of support on the form's release date (or the
// build's as-of date when the form has none).
func coveredVersions(ctx *Context, p *content.Product) []int {
	var out []int
	if len(p.MDS2.Versions) > 0 {
		for i, v := range p.Versions {
			if slices.Contains(p.MDS2.Versions, v.Version) {
				out = append(out, i)
			}
		}
		return out
	}
	on := p.Documents.MDS2.ReleaseDate
	if on.IsZero() {
		on = ctx.AsOf
	}
	for i, v := range p.Versions {
		if !v.GeneralAvailability.IsZero() && !on.Before(v.GeneralAvailability) &&
			(v.EndOfSupport.IsZero() || on.Before(v.EndOfSupport)) {
			out = append(out, i)
		}
	}
	return out
}

func (f *mds2Facts) at(path string) (string, int) { return f.p.Source.File, f.p.Source.Line(path) }

func (f *mds2Facts) siteAt(path string) (string, int) {
	return f.ctx.Content.SiteFile.File, f.ctx.Content.SiteFile.Line(path)
}

func (f *mds2Facts) answer(a mds2.Answer, path, says string) fact {
	file, line := f.at(path)
	return fact{Answer: a, File: file, Path: path, Line: line, Says: says}
}

func (f *mds2Facts) yes(path, says string) fact { return f.answer(mds2.Yes, path, says) }
func (f *mds2Facts) no(path, says string) fact  { return f.answer(mds2.No, path, says) }

func (f *mds2Facts) text(path, text, says string) fact {
	file, line := f.at(path)
	return fact{Text: strings.TrimSpace(text), File: file, Path: path, Line: line, Says: says}
}

func (f *mds2Facts) siteFact(a mds2.Answer, text, path, says string) fact {
	file, line := f.siteAt(path)
	return fact{Answer: a, Text: text, File: file, Path: path, Line: line, Says: says}
}

func kinds(ks ...string) func(content.Interface) bool {
	return func(i content.Interface) bool { return slices.Contains(ks, i.Kind) }
}

func carriesPII(data []string) bool {
	return slices.Contains(data, "phi") || slices.Contains(data, "pii")
}

// ifaceOfKind: Yes with the first matching interface, No when none
// matches; what is "a Wi-Fi" (article and adjective).
func ifaceOfKind(what string, match func(content.Interface) bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		for i, it := range f.p.Interfaces {
			if match(it) {
				return f.yes(fmt.Sprintf("interfaces[%d]", i), fmt.Sprintf("is %s interface", what)), true
			}
		}
		return f.no("interfaces", fmt.Sprintf("lists no %s interface", strings.SplitN(what, " ", 2)[1])), true
	}
}

// ifaceCarriesPII: Yes with the first matching interface carrying PHI or
// PII, No when none does (match nil = any interface).
func ifaceCarriesPII(what string, match func(content.Interface) bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		for i, it := range f.p.Interfaces {
			if (match == nil || match(it)) && carriesPII(it.Carries) {
				return f.yes(fmt.Sprintf("interfaces[%d].carries", i), fmt.Sprintf("lists PHI or PII (interface %s)", it.ID)), true
			}
		}
		return f.no("interfaces", fmt.Sprintf("lists no %s interface that carries PHI or PII", what)), true
	}
}

func (f *mds2Facts) manufacturerName() (fact, bool) {
	return f.siteFact(0, f.ctx.Content.Site.Manufacturer.Name, "manufacturer.name", "is the manufacturer's name"), true
}

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
	parts := make([]string, len(f.versions))
	for i, vi := range f.versions {
		v := f.p.Versions[vi]
		var dates []string
		for _, m := range v.Milestones() {
			if m.Key == "general_availability" || m.Key == "end_of_life" || m.Key == "end_of_support" {
				dates = append(dates, strings.ToLower(m.Name)+" "+m.Date.String())
			}
		}
		parts[i] = v.Version
		if len(dates) > 0 {
			parts[i] += " (" + strings.Join(dates, ", ") + ")"
		}
	}
	return f.text(path, strings.Join(parts, "; "), "lists the versions covered"), true
}

func (f *mds2Facts) modelDetails() (fact, bool) {
	var parts []string
	for _, m := range f.coveredModels() {
		s := m.ID
		if m.Description != "" {
			s += ": " + strings.TrimSuffix(strings.TrimSpace(m.Description), ".")
		}
		parts = append(parts, s)
	}
	return f.text("models", strings.Join(parts, ". ")+".", "describes the models"), true
}

func (f *mds2Facts) contact() (fact, bool) {
	m := f.ctx.Content.Site.Manufacturer
	var parts []string
	c := m.SecurityContact
	for _, s := range []string{c.Name, c.Email, c.Phone, c.URL} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, m.PSIRT.Name+": "+m.PSIRT.Email)
	return f.siteFact(0, strings.Join(parts, "; "), "manufacturer.security_contact", "is the security contact"), true
}

func (f *mds2Facts) cvd() (fact, bool) {
	url := f.ctx.Content.Site.Manufacturer.CVDPolicyURL
	return f.siteFact(mds2.Yes, "", "manufacturer.cvd_policy_url", "publishes the coordinated vulnerability disclosure policy at "+url), url != ""
}

func (f *mds2Facts) isao() (fact, bool) {
	is := f.ctx.Content.Site.Manufacturer.ISAO
	if is.Member {
		return f.siteFact(mds2.Yes, "", "manufacturer.isao.member", "is true ("+is.Name+")"), true
	}
	return f.siteFact(mds2.No, "", "manufacturer.isao.member", "is false or not given"), true
}

func (f *mds2Facts) diagrams() (fact, bool) {
	for i, d := range f.p.Diagrams {
		if d.Kind == "network" || d.Kind == "data_flow" {
			return f.yes(fmt.Sprintf("diagrams[%d]", i), fmt.Sprintf("(%s) is a %s diagram", d.ID, strings.ReplaceAll(d.Kind, "_", "-"))), true
		}
	}
	return f.no("diagrams", "lists no network or data-flow diagram"), true
}

func (f *mds2Facts) samd() (fact, bool) {
	if f.p.SaMD {
		return f.yes("samd", "is true"), true
	}
	return f.no("samd", "is false or not given"), true
}

func (f *mds2Facts) handlesPII() (fact, bool) {
	for i, it := range f.p.Interfaces {
		if carriesPII(it.Carries) {
			return f.yes(fmt.Sprintf("interfaces[%d].carries", i), fmt.Sprintf("lists PHI or PII (interface %s)", it.ID)), true
		}
	}
	for i, d := range f.p.DataStores {
		if carriesPII(d.Data) {
			return f.yes(fmt.Sprintf("data_stores[%d].data", i), fmt.Sprintf("lists PHI or PII (%s)", d.ID)), true
		}
	}
	for i, d := range f.p.DataFlows {
		if carriesPII(d.Data) {
			return f.yes(fmt.Sprintf("data_flows[%d].data", i), fmt.Sprintf("lists PHI or PII (%s)", d.ID)), true
		}
	}
	return f.no("interfaces", "and data_stores and data_flows list no PHI or PII"), true
}

func (f *mds2Facts) storesPII() (fact, bool) {
	for i, d := range f.p.DataStores {
		if carriesPII(d.Data) {
			return f.yes(fmt.Sprintf("data_stores[%d].data", i), fmt.Sprintf("lists PHI or PII (%s)", d.ID)), true
		}
	}
	return f.no("data_stores", "lists no store holding PHI or PII"), true
}

func (f *mds2Facts) iface(id string) (content.Interface, bool) {
	for _, it := range f.p.Interfaces {
		if it.ID == id {
			return it, true
		}
	}
	return content.Interface{}, false
}

func (f *mds2Facts) exchangesPII() (fact, bool) {
	exchange := append(append([]string{}, networkKinds...), "usb", "serial", "removable_media")
	for i, d := range f.p.DataFlows {
		if it, ok := f.iface(d.Interface); ok && carriesPII(d.Data) && slices.Contains(exchange, it.Kind) {
			return f.yes(fmt.Sprintf("data_flows[%d]", i), fmt.Sprintf("(%s) carries PHI or PII over the %s interface %s", d.ID, content.Label(it.Kind), it.ID)), true
		}
	}
	return f.no("data_flows", "lists no flow of PHI or PII over a network, cable or media interface"), true
}

func (f *mds2Facts) externalPII() (fact, bool) {
	for i, it := range f.p.Interfaces {
		if it.Kind == "cellular" && carriesPII(it.Carries) {
			return f.yes(fmt.Sprintf("interfaces[%d].carries", i), fmt.Sprintf("lists PHI or PII (interface %s)", it.ID)), true
		}
	}
	for i, s := range f.p.Cloud.Services {
		if carriesPII(s.Data) {
			return f.yes(fmt.Sprintf("cloud.services[%d].data", i), fmt.Sprintf("lists PHI or PII (%s)", s.Name)), true
		}
	}
	return fact{}, false
}

func (f *mds2Facts) piiInLogs() (fact, bool) {
	found := false
	for i, d := range f.p.DataStores {
		if !slices.Contains(d.Data, "logs") {
			continue
		}
		found = true
		if carriesPII(d.Data) {
			return f.yes(fmt.Sprintf("data_stores[%d].data", i), fmt.Sprintf("lists logs together with PHI or PII (%s)", d.ID)), true
		}
	}
	return f.no("data_stores", "holds logs only in stores without PHI or PII"), found
}

func (f *mds2Facts) timeSync() (fact, bool) {
	for i, pt := range f.p.Ports {
		if (pt.Number == 123 && pt.Transport == "udp" || pt.Number == 4460 && pt.Transport == "tcp") && pt.Direction != "in" {
			return f.yes(fmt.Sprintf("ports[%d]", i), fmt.Sprintf("is %d/%s (%s) to a time server", pt.Number, pt.Transport, pt.Service)), true
		}
	}
	return fact{}, false
}

func (f *mds2Facts) siem() (fact, bool) {
	return f.yes("logging.siem.supported", "is true: events are forwarded to a SIEM or log collector"), f.p.Logging.SIEM.Supported
}

func (f *mds2Facts) hasSoftware() (fact, bool) {
	if len(f.p.Components) > 0 {
		return f.yes("components", "lists software components"), true
	}
	if len(f.p.SBOM.Files) > 0 {
		return f.yes("sbom.files", "lists the software's SBOM"), true
	}
	return fact{}, false
}

func (f *mds2Facts) portList() (fact, bool) {
	if len(f.p.Ports) > 0 {
		return f.yes("ports", fmt.Sprintf("lists %d ports and protocols, published in the customer security documentation", len(f.p.Ports))), true
	}
	return f.no("ports", "lists no network port, so the documents publish no port list"), true
}

func (f *mds2Facts) portOn(match func(content.Interface) bool) (int, bool) {
	for i, pt := range f.p.Ports {
		if it, ok := f.iface(pt.Interface); ok && match(it) {
			return i, true
		}
	}
	return 0, false
}

func (f *mds2Facts) insideNetwork() (fact, bool) {
	if i, ok := f.portOn(kinds("wifi", "ethernet")); ok {
		pt := f.p.Ports[i]
		return f.yes(fmt.Sprintf("ports[%d]", i), fmt.Sprintf("is %d/%s (%s) on the %s interface, which joins the customer's network", pt.Number, pt.Transport, pt.Service, pt.Interface)), true
	}
	if len(f.p.Ports) == 0 {
		return f.no("ports", "lists no network port"), true
	}
	return fact{}, false
}

func (f *mds2Facts) outsideNetwork() (fact, bool) {
	if i, ok := f.portOn(kinds("cellular")); ok {
		pt := f.p.Ports[i]
		return f.yes(fmt.Sprintf("ports[%d]", i), fmt.Sprintf("is %d/%s (%s) on a cellular interface", pt.Number, pt.Transport, pt.Service)), true
	}
	for i, s := range f.p.Cloud.Services {
		if s.Required {
			return f.yes(fmt.Sprintf("cloud.services[%d]", i), fmt.Sprintf("(%s) is a service outside the customer's network that the device needs", s.Name)), true
		}
	}
	if strings.TrimSpace(f.p.Cloud.Statement) != "" && len(f.p.Cloud.Services) == 0 {
		return f.no("cloud", "lists no cloud or internet service"), true
	}
	if len(f.p.Ports) == 0 {
		return f.no("ports", "lists no network port"), true
	}
	return fact{}, false
}

func (f *mds2Facts) internetRequired() (fact, bool) {
	for i, s := range f.p.Cloud.Services {
		if s.Required {
			return f.yes(fmt.Sprintf("cloud.services[%d].required", i), fmt.Sprintf("is true for %s", s.Name)), true
		}
	}
	if strings.TrimSpace(f.p.Cloud.Statement) != "" {
		return f.no("cloud", "lists no cloud or internet service the intended use depends on"), true
	}
	if len(f.p.Ports) == 0 {
		return f.no("ports", "lists no network port"), true
	}
	return fact{}, false
}

func (f *mds2Facts) nodeAuth() (fact, bool) {
	if len(f.p.Ports) == 0 || slices.ContainsFunc(f.p.Ports, func(pt content.Port) bool { return pt.Authenticated }) {
		return fact{}, false
	}
	return f.no("ports", "lists no port on which the peer is authenticated"), true
}

func (f *mds2Facts) credentials() (fact, bool) {
	for i, d := range f.p.DataStores {
		if slices.Contains(d.Data, "credentials") {
			return f.yes(fmt.Sprintf("data_stores[%d].data", i), fmt.Sprintf("lists credentials (%s)", d.ID)), true
		}
	}
	for i, it := range f.p.Interfaces {
		if slices.Contains(it.Carries, "credentials") {
			return f.yes(fmt.Sprintf("interfaces[%d].carries", i), fmt.Sprintf("lists credentials (interface %s)", it.ID)), true
		}
	}
	return f.no("data_stores", "and interfaces list no credentials"), true
}

func (f *mds2Facts) supportDates() (fact, bool) {
	if len(f.versions) == 0 {
		return fact{}, false
	}
	with, without := -1, -1
	for _, i := range f.versions {
		if f.p.Versions[i].EndOfSupport.IsZero() {
			without = i
		} else if with < 0 {
			with = i
		}
	}
	switch {
	case without < 0:
		v := f.p.Versions[with]
		return f.yes(fmt.Sprintf("versions[%d].end_of_support", with), fmt.Sprintf("of %s is %s (every version covered has its end of support published)", v.Version, v.EndOfSupport)), true
	case with < 0:
		return f.no(fmt.Sprintf("versions[%d]", without), fmt.Sprintf("(%s) has no end_of_support, nor has any version covered", f.p.Versions[without].Version)), true
	}
	return fact{}, false
}

func (f *mds2Facts) componentEOL() (fact, bool) {
	if strings.TrimSpace(f.p.Suppliers.Contingency) == "" {
		return fact{}, false
	}
	for i, c := range f.p.Components {
		if !c.EndOfSupport.IsZero() {
			return f.yes(fmt.Sprintf("components[%d].end_of_support", i), fmt.Sprintf("of %s is recorded, and suppliers.contingency plans for components' end of support", c.Name)), true
		}
	}
	return fact{}, false
}

func (f *mds2Facts) sbomFiles() []SBOMFile {
	if f.comps == nil {
		return nil
	}
	return f.comps.SBOMs
}

func (f *mds2Facts) sbomAvailable() (fact, bool) {
	if files := f.sbomFiles(); len(files) > 0 {
		return f.yes("sbom.files[0]", fmt.Sprintf("(%s) is published with the documents", files[0].Path)), true
	}
	if len(f.p.SBOM.Files) == 0 && len(f.p.Components) == 0 {
		return f.no("sbom", "lists no SBOM file and there are no components"), true
	}
	return fact{}, false
}

func (f *mds2Facts) sbomFormat() (fact, bool) {
	files := f.sbomFiles()
	if len(files) == 0 {
		return fact{}, false
	}
	d := files[0].Document
	return f.yes("sbom.files[0]", fmt.Sprintf("(%s) is %s %s", files[0].Path, d.Format, d.SpecVersion)), true
}

// sbomComponents are the components read from SBOM files.
func (f *mds2Facts) sbomComponents() []Component {
	if f.comps == nil {
		return nil
	}
	var out []Component
	for _, c := range f.comps.List {
		if c.SBOMFile != "" {
			out = append(out, c)
		}
	}
	return out
}

// sbomField: Yes when every SBOM component has the field, No when none has.
func sbomField(what string, has func(Component) bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		list := f.sbomComponents()
		if len(list) == 0 {
			return fact{}, false
		}
		n := 0
		for _, c := range list {
			if has(c) {
				n++
			}
		}
		switch n {
		case len(list):
			return f.yes("sbom.files", fmt.Sprintf("give %s for all %d components", what, n)), true
		case 0:
			return f.no("sbom.files", fmt.Sprintf("give no component %s", what)), true
		}
		return fact{}, false
	}
}

func (f *mds2Facts) sbomExtra() (fact, bool) {
	list := f.sbomComponents()
	for _, c := range list {
		if c.PURL != "" || c.CPE != "" || c.License != "" {
			return f.yes("sbom.files", "give package URLs, CPE names or licences"), true
		}
	}
	return fact{}, false
}

func (f *mds2Facts) certified() (fact, bool) {
	if len(f.p.Certifications) == 0 {
		return fact{}, false
	}
	return f.yes("certifications[0]", "("+f.p.Certifications[0].Name+") is a security certification or assessment held"), true
}

func (f *mds2Facts) sanitize() (fact, bool) {
	first, all := -1, true
	missing := -1
	for i, d := range f.p.DataStores {
		if !carriesPII(d.Data) {
			continue
		}
		if strings.TrimSpace(d.Sanitize) != "" {
			if first < 0 {
				first = i
			}
		} else {
			all = false
			missing = i
		}
	}
	switch {
	case first >= 0 && all:
		return f.yes(fmt.Sprintf("data_stores[%d].sanitize", first), "and every other store holding PHI or PII give erasure instructions"), true
	case first < 0 && missing >= 0:
		return f.no(fmt.Sprintf("data_stores[%d]", missing), "holds PHI or PII, and no such store has sanitize instructions"), true
	}
	return fact{}, false
}

func (f *mds2Facts) cableOnly() (fact, bool) {
	for i, it := range f.p.Interfaces {
		if carriesPII(it.Carries) && slices.Contains(append(append([]string{}, networkKinds...), "nfc", "infrared"), it.Kind) {
			return f.no(fmt.Sprintf("interfaces[%d].carries", i), fmt.Sprintf("lists PHI or PII (interface %s)", it.ID)), true
		}
	}
	return fact{}, false
}

// portFlag: No when a flow of PHI or PII uses a network interface none of
// whose ports has the property (so the flow cannot have it).
func portFlag(what string, has func(content.Port) bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		for i, d := range f.p.DataFlows {
			it, ok := f.iface(d.Interface)
			if !ok || !carriesPII(d.Data) || !slices.Contains(networkKinds, it.Kind) {
				continue
			}
			if !slices.ContainsFunc(f.p.PortsOn(it.ID), has) {
				return f.no(fmt.Sprintf("data_flows[%d]", i), fmt.Sprintf("(%s) carries PHI or PII over interface %s, which has no %s port", d.ID, it.ID, what)), true
			}
		}
		return fact{}, false
	}
}

// derive runs every rule and returns the derived answers by ID.
func (f *mds2Facts) derive() map[string]fact {
	out := map[string]fact{}
	for _, d := range mds2Derivations {
		if fc, ok := d.derive(f); ok {
			out[d.ID] = fc
		}
	}
	return out
}

// derivationFor returns the rule for id.
func derivationFor(id string) (derivation, bool) {
	for _, d := range mds2Derivations {
		if d.ID == id {
			return d, true
		}
	}
	return derivation{}, false
}

func (f *mds2Facts) accountsListed() (fact, bool) {
	return f.yes("accounts", fmt.Sprintf("lists the device's %d accounts, published in the customer security documentation", len(f.p.Accounts))), len(f.p.Accounts) > 0
}
