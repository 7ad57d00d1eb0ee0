package content

// partAtHome checks parts[].at_home (Part.AtHome): it says whether a
// device part goes home with the patients a customer provides the
// product to, so it means something only on a device part of a product
// used at home with a customer written (PatientsDevices), where the CSD
// says which parts the customer provides (HomeProvidesText).
func (v *productValidator) partAtHome(path string, pt Part) {
	if !pt.AtHome.Known() {
		return
	}
	if !pt.Runs.IsDevice() {
		v.errorf(path+".at_home", "%q %s, but at_home says whether a part on the device goes home with the patients or stays with the customer: write it only for runs = \"device\"", pt.ID, pt.Runs.RunsWhere())
		return
	}
	if !v.p.PatientsDevices() {
		v.errorf(path+".at_home", "%q: at_home says whether the customer gives this part to its patients to take home, but the product is not one a customer provides to patients at home: write it only beside home_use = true with a customer written", pt.ID)
	}
}
