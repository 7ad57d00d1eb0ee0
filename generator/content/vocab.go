package content

import "slices"

// Closed vocabularies: string types whose values are a fixed set. Each is
// defined once, here, with its labels and classification; the decoder
// rejects any other value (file:line and the allowed words), the field
// reference lists them, and documents and MDS2 rules ask the value what
// it is instead of keeping their own lists.

// vocabulary is implemented by the enumerated string types.
type vocabulary interface{ Values() []string }

// InterfaceKind is the kind of a physical or logical interface.
type InterfaceKind string

// interfaceKinds is the one definition of the interface kinds: label and
// classification, in the order the field reference lists them.
var interfaceKinds = []interfaceKindEntry{
	//  kind, label, wireless, wired, carriesIP, hospitalIP, network, virtual
	{"ethernet", "Ethernet", false, true, true, true, true, false},
	{"wifi", "Wi-Fi", true, false, true, true, true, false},
	{"bluetooth", "Bluetooth", true, false, true, false, true, false},
	{"cellular", "Cellular", true, false, true, true, true, false},
	{"usb", "USB", false, true, true, false, false, false},
	{"serial", "Serial", false, true, false, false, false, false},
	// a dry contact or relay (a bed's nurse-call cable): a signal, no data
	{"contact", "Contact closure (signal only)", false, true, false, false, false, false},
	{"removable_media", "Removable media", false, true, false, false, false, false},
	{"nfc", "NFC", true, false, false, false, false, false},
	{"infrared", "Infrared", true, false, false, false, false, false},
	{"radio", "Radio link", true, false, false, false, false, false},
	{"display", "Display", false, false, false, false, false, false},
	{"virtual_nic", "Virtual network interface", false, false, true, true, true, true},
	{"web_ui", "Web user interface", false, false, true, true, true, true},
	{"api", "API", false, false, true, true, true, true}, // not "Network API": an app's API may be on the device (a phone's health store)
	{"other", "Other", false, false, true, false, false, false},
}

// interfaceKindEntry classifies one interface kind. A virtual interface
// (a VM's network adapter, a web user interface, an API) is software: it
// is neither wired nor wireless hardware, and an MDS2 hardware question
// never counts it; it does carry IP traffic over a network.
type interfaceKindEntry struct {
	kind                                                     InterfaceKind
	label                                                    string
	wireless, wired, carriesIP, hospitalIP, network, virtual bool
}

func (k InterfaceKind) find() (int, bool) {
	i := slices.IndexFunc(interfaceKinds, func(e interfaceKindEntry) bool { return e.kind == k })
	return i, i >= 0
}

// Values lists the interface kinds.
func (InterfaceKind) Values() []string {
	out := make([]string, len(interfaceKinds))
	for i, e := range interfaceKinds {
		out[i] = string(e.kind)
	}
	return out
}

// Label is the kind's human name ("wifi" → "Wi-Fi"); "Not stated" for an
// interface whose kind is not written.
func (k InterfaceKind) Label() string {
	if !k.Stated() {
		return "Not stated"
	}
	if i, ok := k.find(); ok {
		return interfaceKinds[i].label
	}
	return Label(string(k))
}

// Wireless reports a radio or optical link: Wi-Fi, Bluetooth, cellular,
// NFC, infrared, or another radio link (radio: a proprietary one, a
// wireless foot pedal or sensor, that is not a network).
func (k InterfaceKind) Wireless() bool { i, ok := k.find(); return ok && interfaceKinds[i].wireless }

// Wired reports a cable or media connection: Ethernet, USB, serial, a
// contact closure, removable media.
func (k InterfaceKind) Wired() bool { i, ok := k.find(); return ok && interfaceKinds[i].wired }

// CarriesIP reports whether a network port can be reachable on it: true
// for a kind not stated, as for other, since nothing rules it out.
func (k InterfaceKind) CarriesIP() bool {
	i, ok := k.find()
	return !k.Stated() || ok && interfaceKinds[i].carriesIP
}

// Stated reports whether the data give the interface's kind
// (interfaces.kind written). An interface whose kind is not stated is
// none of the kinds for the questions its kind alone would answer
// (Wireless, Wired, Network, Hardware and the others report false), and
// those questions are then undecided, not No: the documents say its kind
// is not stated, and the MDS2 answers that only its kind would decide are
// left open.
func (k InterfaceKind) Stated() bool { return k != "" }

// Unsaid reports a kind that does not say what the link is: not stated,
// or other (a kind the product does not name). Such a link may be a
// network of its own, a cable or a radio.
func (k InterfaceKind) Unsaid() bool { return k == "" || k == "other" }

// JoinsHospitalNetwork reports an interface that joins an IP network the
// customer or a carrier runs (Ethernet, Wi-Fi, cellular): a device with
// one must publish its ports (FDA labeling item 3).
func (k InterfaceKind) JoinsHospitalNetwork() bool {
	i, ok := k.find()
	return ok && interfaceKinds[i].hospitalIP
}

// SignalOnly reports a contact closure: a cable that carries an on/off
// signal (a nurse-call alarm), no data and no protocol. It connects the
// device to no network and to nothing that could send it data, so the
// plan leaves it out of the connectivity features that bear on the 524B
// determination, and it never carries PHI or PII.
func (k InterfaceKind) SignalOnly() bool { return k == "contact" }

// Network reports an interface that joins a network of other hosts, as
// opposed to a point-to-point link, a cable to one peer or media: Ethernet,
// Wi-Fi, Bluetooth, cellular, and the virtual network interfaces, web
// user interfaces and APIs.
func (k InterfaceKind) Network() bool { i, ok := k.find(); return ok && interfaceKinds[i].network }

// Virtual reports a software interface (virtual network adapter, web user
// interface, API): no hardware of the product's own.
func (k InterfaceKind) Virtual() bool { i, ok := k.find(); return ok && interfaceKinds[i].virtual }

// Hardware reports a physical interface of the product's own hardware:
// every kind except the virtual ones.
func (k InterfaceKind) Hardware() bool { i, ok := k.find(); return ok && !interfaceKinds[i].virtual }

// DataKind is a kind of data an interface carries or a store or flow holds.
type DataKind string

var dataKinds = []struct {
	kind  DataKind
	label string
}{
	{"phi", "PHI"}, {"pii", "PII"}, {"configuration", "Configuration"}, {"logs", "Logs"}, {"software", "Software"},
	{"credentials", "Credentials"}, {"therapy", "Therapy data"}, {"alarms", "Alarms"},
	// A patient's measurements, recordings or images kept without a direct
	// identifier (a bed's weight readings, a recording under a study ID
	// only, de-identified image tiles): health data that none of the other
	// kinds names and that is neither PHI nor PII (Personal), so that no
	// document or MDS2 answer treats it as either. The label names what is
	// left out, not "no identifiers": a study or tag ID may stay; and has
	// no comma, as lists of labels are joined with commas. It does not say
	// "images": a product without a camera (a radar sensor) would seem to
	// keep pictures; an image is a recording, so imaging products keep
	// their meaning.
	{"measurements", "Patient measurements or recordings (no name or record number)"},
	// A specimen's identifiers, test orders and results or sorting results
	// kept without the patient's identity (a laboratory robot's sample
	// IDs, the patient's identity staying in the LIS): like measurements,
	// neither PHI nor PII, which configuration would understate.
	{"sample_data", "Sample data (no patient identity)"},
	// A device's records of its own operation kept for quality or
	// traceability (a sterilizer's cycle records: temperatures,
	// pressures, pass or fail, which release a load): not logs, which the
	// documents read as security logs, and neither PHI nor PII.
	{"process_records", "Process records"},
	// Counts or statistics about events or patients taken as groups (fall
	// events per unit per month), with no data of any one patient: neither
	// PHI nor PII, and more than "none of the listed kinds", which a
	// reader takes for nothing sent.
	{"statistics", "Counts or statistics about groups (no data of any one patient)"},
}

// loneUserMeasurements is the label of measurements for a product whose
// only customer is its user at home (loneUser): that user is no hospital's
// patient and has no record number, so the label names what the kind
// leaves out in the user's terms (the name or another direct identifier,
// as the kind is defined).
const loneUserMeasurements = "Measurements or recordings (no name or other direct identifier)"

// labelFor is the data kind's label as the documents of p print it:
// Label, but for a product used alone at home (loneUser) the labels
// worded for a hospital's patients in the user's terms.
func (d DataKind) labelFor(p *Product) string {
	if d == "measurements" && p.loneUser() {
		return loneUserMeasurements
	}
	return d.Label()
}

// Values lists the data kinds.
func (DataKind) Values() []string {
	out := make([]string, len(dataKinds))
	for i, e := range dataKinds {
		out[i] = string(e.kind)
	}
	return out
}

// Label is the data kind's human name ("phi" → "PHI").
func (d DataKind) Label() string {
	for _, e := range dataKinds {
		if e.kind == d {
			return e.label
		}
	}
	return Label(string(d))
}

// Personal reports protected health information or other personally
// identifiable information.
func (d DataKind) Personal() bool { return d == "phi" || d == "pii" }

// DataKinds is a list of data kinds.
type DataKinds []DataKind

// Personal reports whether any of the kinds is PHI or PII.
func (ds DataKinds) Personal() bool { return slices.ContainsFunc(ds, DataKind.Personal) }

// Has reports whether the list holds kind d.
func (ds DataKinds) Has(d DataKind) bool { return slices.Contains(ds, d) }

// The vocabularies' labels are the labels of the template function label.
func init() {
	for _, e := range interfaceKinds {
		labels[string(e.kind)] = e.label
	}
	for _, e := range dataKinds {
		labels[string(e.kind)] = e.label
	}
	for _, e := range supportLevels {
		labels[string(e.level)] = e.label
	}
}

// IsWireless reports whether the interface is a radio or optical link.
func (i Interface) IsWireless() bool { return i.Kind.Wireless() }

// IsWired reports whether the interface is a cable or media connection.
func (i Interface) IsWired() bool { return i.Kind.Wired() }

// KindStated reports whether the interface's kind is written
// (InterfaceKind.Stated): IsWireless and IsWired are false for one whose
// kind is not, which says nothing about what it is.
func (i Interface) KindStated() bool { return i.Kind.Stated() }

// SupportLevel is the level of support a software component's maker gives
// the version the device ships, in the words of FDA's premarket
// cybersecurity guidance ("actively maintained, no longer maintained,
// abandoned"), with "limited" for a maker that still publishes fixes but
// only some (security fixes only, critical fixes only, paid extended
// support).
type SupportLevel string

var supportLevels = []struct {
	level SupportLevel
	label string
	ended bool // the maker no longer fixes this version
}{
	{"maintained", "Actively maintained", false},
	{"limited", "Limited support", false},
	{"no_longer_maintained", "No longer maintained", true},
	{"abandoned", "Abandoned", true},
}

// Values lists the support levels.
func (SupportLevel) Values() []string {
	out := make([]string, len(supportLevels))
	for i, e := range supportLevels {
		out[i] = string(e.level)
	}
	return out
}

// Label is the level's wording in the documents ("maintained" →
// "Actively maintained"); "" for no level.
func (s SupportLevel) Label() string {
	if s == "" {
		return ""
	}
	for _, e := range supportLevels {
		if e.level == s {
			return e.label
		}
	}
	return Label(string(s))
}

// Ended reports a level at which the maker no longer fixes the version (no
// longer maintained, abandoned): its support counts as ended whatever date
// is recorded.
func (s SupportLevel) Ended() bool {
	for _, e := range supportLevels {
		if e.level == s {
			return e.ended
		}
	}
	return false
}

// IsZero reports that no level is stated.
func (s SupportLevel) IsZero() bool { return s == "" }
