package content

import (
	"strings"
	"testing"
)

// host_kinds names the kinds of device an app on the customer's own
// device runs on, wherever the documents say whose device it is;
// unwritten, no kind is named ("a device").
func TestHostKindsWording(t *testing.T) {
	for _, c := range []struct {
		name, owned string
		kinds       []string
		home        Tri
		customer    string
		where       string
		patch       string
	}{
		{"not written", "", nil, False, "hospital", "on a device the customer owns", ""},
		{"phones", "", []string{"phone"}, False, "hospital", "on a phone the customer owns", ""},
		{"written out of order", "", []string{"computer", "phone"}, False, "hospital", "on a phone or computer the customer owns", ""},
		{"all three", "", []string{"tablet", "phone", "computer"}, False, "hospital", "on a phone, tablet or computer the customer owns", ""},
		{"a user's own phone or tablet", "users", []string{"phone", "tablet"}, False, "hospital", "on a phone or tablet its user owns, not the customer", ""},
		{"the customer's or its user's computer", "customer_or_users", []string{"computer"}, False, "hospital", "on a computer that the customer or its user owns", ""},
		{"a patient's phone at home", "", []string{"phone"}, True, "organisation", "on a patient's or caregiver's own phone", "The patient or caregiver keeps the phone's operating system up to date"},
		{"a patient's device of any kind", "", nil, True, "organisation", "on a patient's or caregiver's own device", "The patient or caregiver keeps the host device's operating system up to date"},
		{"a patient's phone or tablet", "", []string{"tablet", "phone"}, True, "organisation", "on a patient's or caregiver's own phone or tablet", "The patient or caregiver keeps the phone's or tablet's operating system up to date"},
	} {
		app := Part{ID: "app", Name: "App", Runs: "customer_device", OwnedBy: c.owned, HostKinds: c.kinds}
		p := &Product{HomeUse: c.home, Customer: kinds(c.customer), Parts: []Part{app}}
		if got := p.PartWhere(app); got != c.where {
			t.Errorf("%s: PartWhere = %q, want %q", c.name, got, c.where)
		}
		if got := p.PartRunsWhere(app); got != "runs "+c.where {
			t.Errorf("%s: PartRunsWhere = %q, want %q", c.name, got, "runs "+c.where)
		}
		if got := p.PartPatchedBy(app); c.patch != "" && !strings.HasPrefix(got, c.patch) {
			t.Errorf("%s: PartPatchedBy = %q, want it to begin %q", c.name, got, c.patch)
		}
	}
}

// HostNouns names the kinds of device that any of the parts runs on: a
// part that does not say may run on any of them.
func TestHostNouns(t *testing.T) {
	phone := Part{Runs: "customer_device", HostKinds: []string{"phone"}}
	tablet := Part{Runs: "customer_device", HostKinds: []string{"tablet"}}
	computer := Part{Runs: "customer_device", HostKinds: []string{"computer"}}
	unsaid := Part{Runs: "customer_device"}
	p := &Product{}
	for _, c := range []struct {
		name  string
		parts []Part
		want  string
	}{
		{"one phone app", []Part{phone}, "phones"},
		{"a phone app and a desktop viewer", []Part{computer, phone}, "phones or computers"},
		{"the same kind twice", []Part{tablet, tablet}, "tablets"},
		{"one that does not say", []Part{phone, unsaid}, "devices"},
		{"none that says", []Part{unsaid}, "devices"},
	} {
		if got := p.HostNouns(c.parts); got != c.want {
			t.Errorf("%s: HostNouns = %q, want %q", c.name, got, c.want)
		}
	}
}

// A related system on the customer's own device takes its own
// host_kinds; one that is a part takes the part's.
func TestRelatedSystemHostKinds(t *testing.T) {
	p := &Product{HomeUse: False, Parts: []Part{{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"tablet"}}}}
	for _, c := range []struct {
		name string
		s    RelatedSystem
		want string
	}{
		{"its own, on computers", RelatedSystem{Runs: "customer_device", HostKinds: []string{"computer"}}, "runs on a computer the customer owns"},
		{"its own, not written", RelatedSystem{Runs: "customer_device"}, "runs on a device the customer owns"},
		{"a part's", RelatedSystem{Part: "app"}, "runs on a tablet the customer owns"},
	} {
		if got := p.RelatedRunsWhere(c.s); got != c.want {
			t.Errorf("%s: RelatedRunsWhere = %q, want %q", c.name, got, c.want)
		}
	}
}

// host_kinds is for a part on the customer's own phone, tablet or
// computer; not for one elsewhere, nor beside host_maker, and only the
// three kinds.
func TestHostKindsValidation(t *testing.T) {
	const base = "schema_version = 2\nid = \"p\"\n"
	for _, c := range []struct{ name, src, want string }{
		{"on the device", base + "[[parts]]\nid = \"probe\"\nname = \"Probe\"\nruns = \"device\"\nhost_kinds = [\"phone\"]\n",
			`parts[0].host_kinds: "probe" runs on the device, but host_kinds (phone) says which kinds of the customer's own device a part runs on`},
		{"beside host_maker", base + "[[parts]]\nid = \"plug\"\nname = \"Plug-in\"\nruns = \"customer_device\"\nhost_maker = \"Halvard Medical\"\nhost_kinds = [\"tablet\"]\n",
			`parts[0].host_kinds: "plug" runs on a medical device Halvard Medical makes (host_maker), but host_kinds (tablet) says it runs on a tablet`},
		{"a kind not in the list", base + "[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\nhost_kinds = [\"television\"]\n",
			"parts[0].host_kinds"},
		{"a related system hosted by the manufacturer", base + "[[related_systems]]\nid = \"r\"\nname = \"R\"\nkind = \"other\"\nruns = \"manufacturer_hosted\"\nhost_kinds = [\"phone\"]\n",
			`related_systems[0].host_kinds: host_kinds (phone) says which kinds of the customer's own device a system runs on`},
	} {
		_, diags := loadParts(t, c.src)
		if !hasDiagIn(diags, c.want) {
			t.Errorf("%s: not reported: %s\n  %s", c.name, c.want, diagText(diags))
		}
	}
	for _, src := range []string{
		base + "[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\nhost_kinds = [\"phone\", \"tablet\"]\n",
		base + "[[related_systems]]\nid = \"r\"\nname = \"R\"\nkind = \"other\"\nmaker = \"M\"\nruns = \"customer_device\"\nhost_kinds = [\"computer\"]\n",
	} {
		_, diags := loadParts(t, src)
		for _, d := range diags {
			if strings.Contains(d.Path, "host_kinds") {
				t.Errorf("reported for an app on phones and tablets: %v", d)
			}
		}
	}
}
