package content

import "testing"

// TestEndOfSupportNoInstallPatientsApp: an app on the patients' own phones
// beside a manufacturer-hosted cloud leaves the customer (the clinic that
// provides it) no version to install: the patient moves the app on.
func TestEndOfSupportNoInstallPatientsApp(t *testing.T) {
	p := &Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: []Part{
		{ID: "app", Name: "Somnara Rx app", Article: "the", Runs: "customer_device", HostKinds: []string{"phone"}},
		{ID: "cloud", Name: "Somnara Cloud", Article: "none", Runs: "manufacturer_hosted"},
	}}
	if !p.EndOfSupportInstalledByNone() {
		t.Fatal("hosted cloud and an app on patients' phones: EndOfSupportInstalledByNone = false, want true")
	}
	const want = "Quillon hosts Somnara Cloud, so the customer installs no version of it, and the Somnara Rx app runs on a patient's or caregiver's own phone, so the patient or caregiver, not the customer, moves it to a supported version; whether a version of the Somnara Rx app whose support has ended keeps working with later versions of Somnara Cloud is not stated"
	if got := p.EndOfSupportNoInstallText("Quillon", true); got != want {
		t.Errorf("EndOfSupportNoInstallText\n got %q\nwant %q", got, want)
	}
	// the clinic's own copy of the app (owned_by = customer) is the
	// customer's to install: the generic advice stands
	p.Parts[0].OwnedBy = "customer"
	if p.EndOfSupportInstalledByNone() {
		t.Error("app on the customer's own phones: EndOfSupportInstalledByNone = true, want false")
	}
}

// TestServicesTextArticles: a cloud service that is a part the
// manufacturer hosts is named as that part is (no article for a brand,
// "AiraFlow Fleet"); each other service with the brand rule's article
// (once "the " before every name: "the AiraFlow Fleet").
func TestServicesTextArticles(t *testing.T) {
	p := &Product{
		Parts: []Part{{ID: "unit", Name: "AiraFlow Home 5 concentrator", Runs: "device"}, {ID: "fleet", Name: "AiraFlow Fleet", Runs: "manufacturer_hosted"}},
		Cloud: Cloud{Services: []CloudService{{Name: "AiraFlow Fleet", Data: DataKinds{"therapy"}}, {Name: "LTE-M network", Data: DataKinds{"therapy"}}, {Name: "Tellwave Messaging", Data: DataKinds{"alarms"}}}},
	}
	if got, want := p.ServicesUnstatedText(), "AiraFlow Fleet, the LTE-M network and Tellwave Messaging"; got != want {
		t.Errorf("ServicesUnstatedText\n got %q\nwant %q", got, want)
	}
}
