package content

import (
	"strings"
	"testing"
)

// partsBase is a product whose first version is a device and a cloud
// portal, with the device's interface, a port to the portal and a flow
// between them; version 2.0's changes are appended by each case (line
// 39 onwards).
const partsBase = `schema_version = 2
id = "p"

[[parts]]
id = "dev"
name = "Device"
runs = "device"
patching = "Field service."

[[parts]]
id = "portal"
name = "Portal"
runs = "manufacturer_hosted"

[[interfaces]]
id = "eth"
kind = "ethernet"
part = "dev"
name = "Ethernet"
purpose = "Uploads."

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
direction = "out"
interface = "eth"
peer_part = "portal"
purpose = "Uploads."

[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
`

// partIDs lists a view's parts as id=runs@key path.
func partIDs(p *Product) string {
	var out []string
	for _, pt := range p.AllParts() {
		out = append(out, pt.ID+"="+string(pt.Runs)+"@"+pt.At)
	}
	return strings.Join(out, "; ")
}

// TestVersionParts: a version adds, changes and removes parts (by id)
// like its interfaces; At(v) holds them, the versions before keep
// theirs, and a version's new interface that names no part takes that
// version's default part.
func TestVersionParts(t *testing.T) {
	const v1 = "dev=device@parts[0]; portal=manufacturer_hosted@parts[1]"
	app := "[[versions.changes.parts_added]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\npatching = \"App stores.\"\n"
	valid := []struct {
		name, changes, want string
	}{
		{"nothing changed", "", v1},
		{"app added", app, v1 + "; app=customer_device@versions[1].changes.parts_added[0]"},
		{"portal moves to the customer's servers", "[[versions.changes.parts_changed]]\nid = \"portal\"\nname = \"Portal\"\nruns = \"customer_hosted\"\npatching = \"The customer.\"\n",
			"dev=device@parts[0]; portal=customer_hosted@versions[1].changes.parts_changed[0]"},
		{"portal removed with its port", "parts_removed = [\"portal\"]\nports_removed = [443]\n", "dev=device@parts[0]"},
		{"app added with its interface", app + "[[versions.changes.interfaces_added]]\nid = \"bt\"\nkind = \"bluetooth\"\npart = \"app\"\nname = \"Bluetooth\"\npurpose = \"Pairing.\"\n",
			v1 + "; app=customer_device@versions[1].changes.parts_added[0]"},
	}
	for _, tc := range valid {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, partsBase+tc.changes)
			for _, d := range diags {
				if d.Severity == Error && (strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "parts") || strings.HasPrefix(d.Path, "interfaces") || strings.HasPrefix(d.Path, "ports")) {
					t.Errorf("valid change reported: %v", d)
				}
			}
			if got := partIDs(p.At("2.0")); got != tc.want {
				t.Errorf("At(2.0):\n got %s\nwant %s", got, tc.want)
			}
			if got := partIDs(p.At("1.0")); got != v1 {
				t.Errorf("At(1.0) changed by 2.0's changes: %s", got)
			}
		})
	}
	// The derived facts follow the version's parts: 1.0 is all on the
	// device but for the portal, and has no app; 2.0 has it.
	p, _ := loadParts(t, partsBase+app)
	if p.At("1.0").Part("app").ID != "" || p.At("2.0").Part("app").ID != "app" {
		t.Errorf("app in 1.0: %q, in 2.0: %q; want only in 2.0", p.At("1.0").Part("app").ID, p.At("2.0").Part("app").ID)
	}
	p, _ = loadParts(t, partsBase+"parts_removed = [\"portal\"]\nports_removed = [443]\n")
	if !p.At("2.0").AllOnDevice() || p.At("1.0").AllOnDevice() || !p.At("1.0").HasManufacturerHostedPart() || p.At("2.0").HasManufacturerHostedPart() {
		t.Errorf("2.0 removes the portal: AllOnDevice 1.0=%v 2.0=%v, HasManufacturerHostedPart 1.0=%v 2.0=%v; want false, true, true, false",
			p.At("1.0").AllOnDevice(), p.At("2.0").AllOnDevice(), p.At("1.0").HasManufacturerHostedPart(), p.At("2.0").HasManufacturerHostedPart())
	}

	invalid := []struct {
		name, changes string
		line          int // of the key reported, in partsBase+changes (which starts at 39)
		want          string
	}{
		{"removes an unknown part", "parts_removed = [\"gateway\"]\n", 39,
			`versions[1].changes.parts_removed[0]: removes "gateway", which the previous version does not have`},
		{"adds a part it has", "[[versions.changes.parts_added]]\nid = \"portal\"\nname = \"Portal\"\nruns = \"manufacturer_hosted\"\n", 40,
			`versions[1].changes.parts_added[0].id: adds "portal", which the previous version already has (change it with parts_changed)`},
		{"changes an unknown part", "[[versions.changes.parts_changed]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\n", 40,
			`versions[1].changes.parts_changed[0].id: changes "app", which the previous version does not have (add it with parts_added)`},
		{"removes a part its port still names", "parts_removed = [\"portal\"]\n", 39,
			`versions[1].changes.parts_removed[0]: version 2.0 removes part "portal", which its port 443/tcp (ports[0]) still name`},
		{"removes a part its interface and port name", "parts_removed = [\"dev\"]\n", 39,
			`versions[1].changes.parts_removed[0]: version 2.0 removes part "dev", which its interface "eth" (interfaces[0]) and port 443/tcp (ports[0]) still name`},
		{"an added interface names a part the version lacks", "[[versions.changes.interfaces_added]]\nid = \"bt\"\nkind = \"bluetooth\"\npart = \"app\"\nname = \"Bluetooth\"\npurpose = \"Pairing.\"\n", 42,
			`versions[1].changes.interfaces_added[0].part: unknown part "app": version 2.0 has no such part (want one of its parts: dev, portal)`},
		{"an added interface names the part the version removes", "parts_removed = [\"portal\"]\nports_removed = [443]\n[[versions.changes.interfaces_added]]\nid = \"api\"\nkind = \"api\"\npart = \"portal\"\nname = \"API\"\npurpose = \"Uploads.\"\n", 44,
			`versions[1].changes.interfaces_added[0].part: unknown part "portal": version 2.0 has no such part (want one of its parts: dev)`},
		{"removes every part", "parts_removed = [\"dev\", \"portal\"]\ninterfaces_removed = [\"eth\"]\nports_removed = [443]\n", 39,
			`versions[1].changes.parts_removed: version 2.0 removes every part`},
		{"hosting of a part the manufacturer hosts", "[[versions.changes.parts_added]]\nid = \"cloud\"\nname = \"Cloud\"\nruns = \"manufacturer_hosted\"\nhosting = \"premises\"\n", 43,
			`versions[1].changes.parts_added[0].hosting: "cloud" is hosted by the manufacturer, but hosting`},
		{"a removed part cannot be changed by the next version", "parts_removed = [\"portal\"]\nports_removed = [443]\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\n[[versions.changes.parts_changed]]\nid = \"portal\"\nname = \"Portal\"\nruns = \"manufacturer_hosted\"\n", 46,
			`versions[2].changes.parts_changed[0].id: changes "portal", which the previous version does not have`},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, partsBase+tc.changes)
			checkReported(t, diags, tc.want, tc.line)
		})
	}
}

// TestVersionPartsNeedWrittenParts: a product that lists no [[parts]] is
// one implicit device part, which a version cannot change; the error
// names the key the version writes.
func TestVersionPartsNeedWrittenParts(t *testing.T) {
	src := "schema_version = 2\nid = \"p\"\n\n[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2024-01-01\n\n[[versions]]\nversion = \"2.0\"\ngeneral_availability = 2025-01-01\n[versions.changes]\nparts_removed = [\"device\"]\n"
	_, diags := loadParts(t, src)
	checkReported(t, diags, `versions[1].changes.parts_removed: the product lists no [[parts]]`, 12)
}

// TestRelatedSystemOnAVersionsPart: a related system may be the part a
// later version adds; each device version its versions work with must
// have that part.
func TestRelatedSystemOnAVersionsPart(t *testing.T) {
	src := partsBase + "[[versions.changes.parts_added]]\nid = \"updates\"\nname = \"Update service\"\nruns = \"manufacturer_hosted\"\n" +
		"\n[[related_systems]]\nid = \"upd\"\nname = \"Update service\"\nkind = \"update_service\"\npart = \"updates\"\n" +
		"[[related_systems.versions]]\nversion = \"1\"\ngeneral_availability = 2025-01-01\ndevice_versions = [\"2.0\"]\n"
	p, diags := loadParts(t, src)
	for _, d := range diags {
		if d.Severity == Error && strings.HasPrefix(d.Path, "related_systems") {
			t.Errorf("related system on 2.0's part reported: %v", d)
		}
	}
	if got := p.At("1.0").RelatedHosting(p.RelatedSystems[0]); got != "manufacturer_hosted" {
		t.Errorf("1.0's view: the related system runs %q; want its part's, manufacturer_hosted", got)
	}
	_, diags = loadParts(t, strings.Replace(src, `device_versions = ["2.0"]`, `device_versions = ["1.0", "2.0"]`, 1))
	checkReported(t, diags, `related_systems[0].versions[0].device_versions[0]: works with device version 1.0, which has no part "updates"`, 52)
}
