package content

import (
	"slices"
	"strings"
)

// At a version's end of support the documents tell the customer to move
// to a supported version or replace the device: true only where the
// customer installs a version. Where every part is hosted by the
// manufacturer or is on the device and never updated once made
// (field_updatable = false), the customer installs nothing: the version
// that ends is the manufacturer's hosted software, which it moves on
// itself, and the device's units keep the software they were made with.

// EndOfSupportInstalledByNone reports that product: every part in use, in
// every version, runs where the manufacturer hosts it, on the device with
// field_updatable = false, or on the patients' own devices
// (OnPatientsDevice: the patient, not the customer, moves such a part to
// a supported version), with at least one hosted part and one other.
// false where any part is the customer's to install or is not stated to
// be fixed.
func (p *Product) EndOfSupportInstalledByNone() bool {
	hosted, device, patients := p.eosNoInstallParts()
	return len(hosted) > 0 && len(device)+len(patients) > 0
}

// eosNoInstallParts are the hosted, the never-updated device and the
// patients' own-device parts of an EndOfSupportInstalledByNone product,
// each once in the product's order; all nil where another part is in use.
func (p *Product) eosNoInstallParts() (hosted, device, patients []Part) {
	views := p.versionViews()
	seen := map[string]bool{}
	for _, q := range views {
		for _, pt := range q.PartsInUse() {
			switch {
			case seen[pt.ID]:
			case pt.Runs.IsManufacturerHosted():
				hosted = append(hosted, pt)
			case pt.Runs.IsDevice() && pt.FieldUpdatable.IsFalse():
				device = append(device, pt)
			case q.OnPatientsDevice(pt):
				patients = append(patients, pt)
			default:
				return nil, nil, nil
			}
			seen[pt.ID] = true
		}
	}
	return hosted, device, patients
}

// EndOfSupportNoInstallText says, for the End of Support stage of such a
// product, why the customer has no version to move on from, without
// forcing what the data do not state (whether the device's units, or an
// app version on a patient's phone, keep working with later hosted
// versions): "Caldera hosts the FrostGuard Cloud, so the customer
// installs no version of it, and the software of the FrostGuard sensors
// is never updated after manufacture; whether a unit keeps working with
// later versions of the FrostGuard Cloud is not stated". "" for any other
// product.
//
// Without withDevice the device clause is left out, for a page that says
// of the device's units itself that they keep the software they were
// made with: "…installs no version of it; whether a unit of the
// FrostGuard sensors keeps working …".
func (p *Product) EndOfSupportNoInstallText(maker string, withDevice bool) string {
	hosted, device, patients := p.eosNoInstallParts()
	if len(hosted) == 0 || len(device)+len(patients) == 0 {
		return ""
	}
	h := p.PartTheNames(hosted)
	text := maker + " hosts " + h + ", so the customer installs no version of " + pronoun(len(hosted))
	var unstated []string
	if len(device) > 0 {
		d := p.PartTheNames(device)
		if withDevice {
			text += ", and the software of " + d + " is never updated after manufacture"
			unstated = append(unstated, "a unit")
		} else {
			unstated = append(unstated, "a unit of "+d)
		}
	}
	if len(patients) > 0 {
		// the customer does not manage a patient's phone: the patient or
		// caregiver installs (or lets the phone install) a later version
		var where, supplied []string
		for _, pt := range patients {
			where = append(where, pt.TheName()+" "+p.PartRunsWhere(pt))
			if p.makerSupplied(pt) {
				supplied = append(supplied, pt.HostNoun())
			}
		}
		text += ", and " + AndList(where) + ", so the patient or caregiver, not the customer, moves " +
			pronoun(len(patients)) + " to a supported version"
		if len(supplied) > 0 {
			// a device the manufacturer supplies (Part.MakerSupplied) may
			// be updated by its device management: not stated
			text += " on their own " + strings.Join(slices.Compact(supplied), " or ") + "; who does so on one the manufacturer supplies is not stated"
		}
		unstated = append(unstated, "a version of "+p.PartTheNames(patients)+" whose support has ended")
	}
	subject := unstated[0]
	if len(unstated) > 1 {
		subject = strings.Join(unstated, ", or ") + ","
	}
	return text + "; whether " + subject + " keeps working with later versions of " + h + " is not stated"
}

// pronoun is "it" for one thing, "them" for more.
func pronoun(n int) string {
	if n > 1 {
		return "them"
	}
	return "it"
}
