package content

// A product used at home that an organisation provides to its patients
// (home_use beside a customer written: a DME supplier, a health system's
// remote monitoring programme) has an app on a customer_device part on
// the patients' own phones, not on a phone of the customer's: the CSD
// addresses the organisation, so "the customer owns" would name the
// wrong owner. Without a customer written the patients are the
// customers, and the runs' own words hold.

// PatientsDevices reports whether a customer_device part runs on the
// patients' (or caregivers') own devices rather than the customer's.
func (p *Product) PatientsDevices() bool {
	return p.HomeUse.IsTrue() && p.Customer != ""
}

// RunsLabel is runs' label as this product's documents print it: "On a
// patient's own device" for a customer_device part of a product whose
// customer provides it to patients at home (PatientsDevices).
func (p *Product) RunsLabel(r PartRuns) string {
	if r.IsCustomerDevice() && p.PatientsDevices() {
		return "On a patient's own device"
	}
	return r.Label()
}

// PartWhere is Part.Where as this product's documents say it: "on a
// patient's or caregiver's own phone, tablet or computer" for a
// customer_device part of a product whose customer provides it to
// patients at home (PatientsDevices).
func (p *Product) PartWhere(pt Part) string {
	if pt.Runs.IsCustomerDevice() && p.PatientsDevices() {
		return "on a patient's or caregiver's own phone, tablet or computer"
	}
	return pt.Where()
}

// PartPatchedBy is Part.PatchedBy, whose default for a customer_device
// part names the customer as the keeper of the phone's operating system:
// the patient keeps it where the customer provides the product to
// patients at home (PatientsDevices).
func (p *Product) PartPatchedBy(pt Part) string {
	if pt.Patching == "" && pt.Runs.IsCustomerDevice() && p.PatientsDevices() {
		return "The patient or caregiver keeps the phone's, tablet's or computer's operating system up to date; who installs the application's updates is not stated"
	}
	return pt.PatchedBy()
}
