package content

import (
	"fmt"
	"slices"
	"strings"
)

// Facts derived from the product data, for templates and checks. Derived
// facts are computed, never written twice in the TOML.

// ThreatPhases are the lifecycle phases a threat model must cover (FDA
// premarket guidance), in order.
var ThreatPhases = []string{"supply_chain", "manufacturing", "deployment", "interoperation", "maintenance", "decommissioning"}

// ViewKinds are the security architecture views FDA expects, in order.
var ViewKinds = []string{"global_system", "multi_patient_harm", "updatability", "security_use_case"}

// labels are the human names of enumerated values.
var labels = map[string]string{
	"authentication": "Authentication", "authorization": "Authorization", "cryptography": "Cryptography",
	"integrity": "Code, data and execution integrity", "confidentiality": "Confidentiality",
	"event_detection": "Event detection and logging", "resiliency": "Resiliency and recovery",
	"updatability": "Updatability and patchability",
	"supply_chain": "Supply chain", "manufacturing": "Manufacturing", "deployment": "Deployment",
	"interoperation": "Interoperation", "maintenance": "Maintenance and update", "decommissioning": "Decommissioning",
	"global_system": "Global system view", "multi_patient_harm": "Multi-patient harm view",
	"security_use_case": "Security use case views",
	"acceptable":        "Acceptable", "acceptable_with_rationale": "Acceptable with rationale", "not_acceptable": "Not acceptable",
	"in": "Inbound", "out": "Outbound", "both": "Both",
	"tcp": "TCP", "udp": "UDP",
	"requirements": "Security requirement testing", "threat_mitigation": "Threat mitigation testing",
	"malformed_input": "Abuse and malformed input testing", "fuzzing": "Fuzz testing", "attack_surface": "Attack surface analysis",
	"composition_analysis": "Software composition analysis", "static_analysis": "Static analysis",
	"dynamic_analysis": "Dynamic analysis", "hardcoded_credentials": "Hard-coded credential scan", "penetration": "Penetration testing",
	"fixed": "Fixed", "deferred": "Deferred", "accepted": "Accepted",
}

// Label returns the human name of an enumerated value ("event_detection" →
// "Event detection and logging"); unknown values get their underscores
// replaced and the first letter capitalised.
func Label(value string) string {
	if l, ok := labels[value]; ok {
		return l
	}
	s := strings.ReplaceAll(value, "_", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// StopLabel names what a notice stops (notices.stops.what) for the
// notice's table and its CSAF twin. "updates" are the regular releases,
// not security fixes (RegularUpdatesStopped): Label's bare "Updates" read
// as the end of every update, beside a notice whose security fixes go on.
func StopLabel(what string) string {
	if what == "updates" {
		return "Regular releases"
	}
	return Label(what)
}

// Rating is the CVSS v3 qualitative severity of a score.
func Rating(score float64) string {
	switch {
	case score == 0:
		return "None"
	case score < 4:
		return "Low"
	case score < 7:
		return "Medium"
	case score < 9:
		return "High"
	}
	return "Critical"
}

// Milestone is one dated lifecycle milestone of a version.
type Milestone struct {
	Key  string // TOML key and CycloneDX milestone name, e.g. end_of_support
	Name string // e.g. "End of support"
	Date Date
}

var milestoneNames = [][2]string{
	{"general_availability", "General availability"},
	{"end_of_marketing", "End of marketing"},
	{"end_of_production", "End of production"},
	{"end_of_life", "End of life"},
	{"end_of_guaranteed_support", "End of guaranteed support"},
	{"end_of_support", "End of support"},
}

func milestoneOrder() string {
	names := make([]string, len(milestoneNames))
	for i, m := range milestoneNames {
		names[i] = m[0]
	}
	return strings.Join(names, " ≤ ")
}

// Milestones returns the version's dated milestones in lifecycle order.
func (v Version) Milestones() []Milestone {
	dates := v.milestoneDates()
	var out []Milestone
	for i, d := range dates {
		if !d.IsZero() {
			out = append(out, Milestone{Key: milestoneNames[i][0], Name: milestoneNames[i][1], Date: d})
		}
	}
	return out
}

// Stage is the IMDRF N70 lifecycle stage of the version on date d.
func (v Version) Stage(d Date) string {
	switch {
	case !v.ReleasedOn(d):
		return "Development"
	case v.WithdrawnOn(d):
		return "Withdrawn"
	case !v.EndOfSupport.IsZero() && !d.Before(v.EndOfSupport):
		return "End of Support"
	case !v.EndOfLife.IsZero() && !d.Before(v.EndOfLife):
		return "Limited Support"
	case v.EndOfLife.IsZero() && !v.EndOfLife.NotApplicable() && !v.EndOfGuaranteedSupport.IsZero() && !d.Before(v.EndOfGuaranteedSupport):
		// Guaranteed updates have ended, and an end of life comes no later
		// (the milestones' order): whenever it was, it has passed.
		return "Limited Support"
	}
	return "Support"
}

// SupportEnded reports a product none of whose software is supported
// on date d: it lists versions, and every version, and every version of
// its related systems, has an end of support on or before d (a version
// with none, or "not_applicable", keeps it supported). Its patch
// commitments were those for supported versions, and no version is held
// to them any more.
func (p *Product) SupportEnded(d Date) bool {
	if len(p.Versions) == 0 {
		return false
	}
	ended := func(eos Date) bool { return !eos.IsZero() && !d.Before(eos) }
	for i := range p.Versions {
		if !ended(p.Versions[i].EndOfSupport) {
			return false
		}
	}
	for _, s := range p.RelatedSystems {
		for _, v := range s.Versions {
			if !ended(v.EndOfSupport) {
				return false
			}
		}
	}
	return true
}

// CurrentVersion returns the newest version generally available on d and
// not withdrawn by then, or nil when none is.
func (p *Product) CurrentVersion(d Date) *Version {
	var cur *Version
	for i := range p.Versions {
		v := &p.Versions[i]
		if v.ReleasedOn(d) && !v.WithdrawnOn(d) &&
			(cur == nil || !v.GeneralAvailability.Before(cur.GeneralAvailability)) {
			cur = v
		}
	}
	return cur
}

// DescribedVersion is the version a document dated d is about: the
// version current on d, else (none generally available yet: a premarket
// document) the first to become generally available, the one a
// submission is for; nil without versions. (The newest, used before,
// made a premarket CSD describe a later version than its MDS2 form.)
func (p *Product) DescribedVersion(d Date) *Version {
	if v := p.CurrentVersion(d); v != nil {
		return v
	}
	var next *Version
	for i := range p.Versions {
		v := &p.Versions[i]
		if next == nil || !v.GeneralAvailability.IsZero() && (next.GeneralAvailability.IsZero() || v.GeneralAvailability.Before(next.GeneralAvailability)) {
			next = v
		}
	}
	return next
}

// ControlsIn returns the controls of one FDA category, in file order.
func (p *Product) ControlsIn(category string) []Control {
	return filter(p.Controls, func(c Control) bool { return c.Category == category })
}

// RequirementsIn returns the requirements of one FDA category, in file order.
func (p *Product) RequirementsIn(category string) []Requirement {
	return filter(p.Requirements, func(r Requirement) bool { return r.Category == category })
}

// ThreatsIn returns the threats of one lifecycle phase, in file order.
func (p *Product) ThreatsIn(phase string) []Threat {
	return filter(p.Threats, func(t Threat) bool { return t.Phase == phase })
}

// PhasesWithoutThreat returns the lifecycle phases (ThreatPhases, in
// order) for which the threat model records no threat: check warns of
// each, and the eSTAR names them.
func (p *Product) PhasesWithoutThreat() []string {
	return filter(ThreatPhases, func(phase string) bool { return len(p.ThreatsIn(phase)) == 0 })
}

// CategoriesWithoutControl returns the security control categories
// (Categories, in order) in which no control is recorded: check warns of
// each, and the eSTAR names them.
func (p *Product) CategoriesWithoutControl() []string {
	return filter(Categories, func(cat string) bool { return len(p.ControlsIn(cat)) == 0 })
}

// ViewsOf returns the architecture views of one kind.
func (p *Product) ViewsOf(kind string) []View {
	return filter(p.Architecture, func(v View) bool { return v.Kind == kind })
}

// filter returns the entries of list that keep accepts, in order.
func filter[T any](list []T, keep func(T) bool) []T {
	var out []T
	for _, x := range list {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Role returns the role with the given ID (zero Role when unknown).
func (p *Product) Role(id string) Role {
	for _, r := range p.Governance.Roles {
		if r.ID == id {
			return r
		}
	}
	return Role{}
}

// ConnectivityFeatures names the interfaces that make the device able to
// connect (524B): every interface except a display, a contact closure
// (a nurse-call relay signals, it carries no data: SignalOnly) and a wired
// link internal to the product (a scanner's cable between its console and
// its reconstruction server connects the device to nothing but itself); of a
// product with a device part, only those of the parts that run the
// manufacturer's software at the customer's: the device, its apps on the
// customer's own phones or computers, and its software on servers the
// customer hosts, when no related system names the part (the app that
// commands a worn insulin pump and gives the system its internet
// connection is the device's; so is a dental imaging database that the
// product's installer puts on the practice's server and that backs up to
// the manufacturer's cloud: the plan had left its internet connection out
// below a rationale saying the device connects to the internet). A
// service the manufacturer hosts is reached through those interfaces and
// is not listed. Software only keeps the interfaces of the services the
// manufacturer hosts, which may be where the device's function runs (a
// dosing engine in the manufacturer's cloud) and which the plan names as
// hosted by the manufacturer, but never a related system's: such a
// system is not the device (a container registry the customer's cluster
// pulls images from, listed as the device's API). A radio link between
// the product's own parts (a surgical robot's Bluetooth foot pedal)
// stays: anything in range can reach it, and 524B counts radio. Health
// IT that is not a medical device has no device for 524B to be about:
// every part's interfaces are the product's (the plan says "the
// product's connectivity features", and a dispensing cabinet's server,
// which reaches the internet, is as much the product as its cabinets).
func (p *Product) ConnectivityFeatures() []Interface {
	medical := !p.MedicalDevice.IsFalse()
	device := p.HasDevice() && medical
	return filter(p.Interfaces, func(i Interface) bool {
		pt := p.PartOfInterface(i)
		return i.Kind != "display" && !i.Kind.SignalOnly() && !p.PortlessAPI(i) && (!i.Internal || i.IsWireless()) && (!device || p.deviceSide(pt)) && !(medical && p.IsRelatedPart(pt.ID))
	})
}

// deviceSide reports a part whose connectivity is the device's under
// 524B: the device itself, or the manufacturer's software on a
// customer's phone or computer or on a server the customer hosts that no
// [[related_systems]] entry names.
func (p *Product) deviceSide(pt Part) bool {
	return pt.Runs.IsDevice() || ((pt.Runs.IsCustomerDevice() || pt.Runs.IsCustomerHosted()) && !p.IsRelatedPart(pt.ID))
}

// InternalLinks returns the interfaces marked internal that are not
// radio links, links between the product's own parts, in file order:
// ConnectivityFeatures leaves them out and the plan says so.
func (p *Product) InternalLinks() []Interface {
	return filter(p.Interfaces, func(i Interface) bool { return i.Internal && !i.IsWireless() })
}

// PortsOn returns the ports reachable on one interface, in file order.
func (p *Product) PortsOn(iface string) []Port {
	return filter(p.Ports, func(pt Port) bool { return pt.Interface == iface })
}

// PortProtection says what the ports on interface iface state of their
// protection, as a sentence to follow "Its own protection is not
// stated." for an interface whose security is not written: "Its one
// port, HTTPS on 443/TCP, is encrypted and authenticated." The
// interface's protection bullet had said "Its protection is not stated"
// beside its own port's row saying encrypted and authenticated. Only the
// ports are spoken of: an interface may be more than its ports (pairing,
// a physical port), so the rest stays not stated. A port's encryption is
// read as the ports table reads it (a service that encrypts by
// definition, Port.EncryptedService). "" when no port on it states
// either fact.
func (p *Product) PortProtection(iface string) string {
	var order []string                // protection phrases, first seen first
	byPhrase := map[string][]string{} // phrase → its ports, once each
	stated, ports := false, 0
	for _, pt := range p.PortsOn(iface) {
		encrypted := pt.Encrypted
		if !encrypted.Known() && pt.EncryptedService() != "" {
			encrypted = True
		}
		phrase := portProtection(encrypted, pt.Authenticated)
		stated = stated || phrase != ""
		name := fmt.Sprintf("%s on %s", pt.Service, p.PortText(pt))
		if slices.Contains(byPhrase[phrase], name) {
			continue
		}
		if byPhrase[phrase] == nil {
			order = append(order, phrase)
		}
		byPhrase[phrase] = append(byPhrase[phrase], name)
		ports++
	}
	if !stated {
		return ""
	}
	if ports == 1 {
		return "Its one port, " + byPhrase[order[0]][0] + ", is " + order[0] + "."
	}
	var clauses []string
	for _, phrase := range order {
		names := byPhrase[phrase]
		verb := Plural(len(names), "is", "are")
		if phrase == "" {
			clauses = append(clauses, "whether "+AndList(names)+" "+verb+" encrypted or authenticated is not stated")
			continue
		}
		clauses = append(clauses, AndList(names)+" "+verb+" "+phrase)
	}
	return "Of its ports, " + strings.Join(clauses, "; ") + "."
}

// portProtection words a port's encrypted and authenticated facts; ""
// when neither is stated.
func portProtection(encrypted, authenticated Tri) string {
	switch {
	case encrypted.IsTrue() && authenticated.IsTrue():
		return "encrypted and authenticated"
	case encrypted.IsTrue() && authenticated.IsFalse():
		return "encrypted but not authenticated"
	case encrypted.IsFalse() && authenticated.IsTrue():
		return "authenticated but not encrypted"
	case encrypted.IsFalse() && authenticated.IsFalse():
		return "neither encrypted nor authenticated"
	case encrypted.Known():
		return encrypted.Say("encrypted", "not encrypted") + " (whether authenticated is not stated)"
	case authenticated.Known():
		return authenticated.Say("authenticated", "not authenticated") + " (whether encrypted is not stated)"
	}
	return ""
}

// SortedPorts returns every port by number, then transport, then direction.
func (p *Product) SortedPorts() []Port {
	out := slices.Clone(p.Ports)
	slices.SortStableFunc(out, func(a, b Port) int {
		if a.Number != b.Number {
			return a.Number - b.Number
		}
		if c := strings.Compare(a.Transport, b.Transport); c != 0 {
			return c
		}
		return strings.Compare(a.Direction, b.Direction)
	})
	return out
}

// milestoneDates are the version's milestone values in the order of
// milestoneNames, unset and "not_applicable" ones included.
func (v Version) milestoneDates() []Date {
	return []Date{v.GeneralAvailability, v.EndOfMarketing, v.EndOfProduction, v.EndOfLife, v.EndOfGuaranteedSupport, v.EndOfSupport}
}
