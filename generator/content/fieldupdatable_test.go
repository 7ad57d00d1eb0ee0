package content

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldUpdatableValidation: whether a part's software can be updated
// once a unit is made speaks of the manufacturer's hardware only; on any
// other part it is an error, saying why, and on a device part, top-level
// or a version's, neither value is.
func TestFieldUpdatableValidation(t *testing.T) {
	const base = "schema_version = 2\nid = \"p\"\n"
	for _, c := range []struct {
		name, src string
		want      string // "" when nothing is reported
	}{
		{"a device part, false", base + "[[parts]]\nid = \"patch\"\nname = \"Patch\"\nruns = \"device\"\nfield_updatable = false\n", ""},
		{"a device part, true", base + "[[parts]]\nid = \"gw\"\nname = \"Gateway\"\nruns = \"device\"\nfield_updatable = true\n", ""},
		{"a device part a version adds", base + "[[parts]]\nid = \"gw\"\nname = \"Gateway\"\nruns = \"device\"\n[[versions]]\nversion = \"1.0\"\n[[versions]]\nversion = \"2.0\"\n[[versions.changes.parts_added]]\nid = \"patch\"\nname = \"Patch\"\nruns = \"device\"\nfield_updatable = false\n", ""},
		{"software the customer hosts", base + "[[parts]]\nid = \"srv\"\nname = \"Server\"\nruns = \"customer_hosted\"\nfield_updatable = false\n",
			`parts[0].field_updatable: "srv" runs on a server the customer hosts, but field_updatable (false) says whether the software of the manufacturer's hardware can be updated once a unit is made: write it only for runs = "device"`},
		{"a manufacturer-hosted service", base + "[[parts]]\nid = \"cloud\"\nname = \"Cloud\"\nruns = \"manufacturer_hosted\"\nfield_updatable = true\n",
			`parts[0].field_updatable: "cloud" is hosted by the manufacturer, but field_updatable (true)`},
		{"an app a version adds", base + "[[parts]]\nid = \"gw\"\nname = \"Gateway\"\nruns = \"device\"\n[[versions]]\nversion = \"1.0\"\n[[versions]]\nversion = \"2.0\"\n[[versions.changes.parts_added]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\nfield_updatable = false\n",
			`versions[1].changes.parts_added[0].field_updatable: "app" runs on a phone, tablet or computer the customer owns, but field_updatable (false)`},
	} {
		_, diags := loadParts(t, c.src)
		var got []string
		for _, d := range diags {
			if strings.Contains(d.Path, "field_updatable") {
				got = append(got, d.String())
			}
		}
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%s: reported: %s", c.name, strings.Join(got, "\n  "))
		case c.want != "" && !hasDiagIn(diags, c.want):
			t.Errorf("%s: not reported: %s\n  %s", c.name, c.want, diagText(diags))
		}
	}
}

// TestFieldFixedEver: the parts never updated once made, over every
// version, say in which versions when not in all that have the part; a
// part that does not say is none of them.
func TestFieldFixedEver(t *testing.T) {
	const src = `schema_version = 2
id = "p"

[[parts]]
id = "patch"
name = "Patch"
runs = "device"
field_updatable = false

[[parts]]
id = "gw"
name = "Gateway"
runs = "device"

[[parts]]
id = "tag"
name = "Tag"
runs = "device"
field_updatable = false

[[versions]]
version = "1.0"

[[versions]]
version = "2.0"
[[versions.changes.parts_changed]]
id = "tag"
name = "Tag"
runs = "device"
field_updatable = true
`
	p, diags := loadParts(t, src)
	for _, d := range diags {
		if d.Severity == Error && strings.Contains(d.Path, "parts") {
			t.Fatalf("unexpected error: %v", d)
		}
	}
	var got []string
	for _, f := range p.FieldFixedEver() {
		got = append(got, f.Part.ID+" "+strings.Join(f.Versions, ","))
	}
	if want := []string{"patch ", "tag 1.0"}; !slices.Equal(got, want) {
		t.Errorf("FieldFixedEver = %q, want %q", got, want)
	}
	ids := func(parts []Part) (out []string) {
		for _, pt := range parts {
			out = append(out, pt.ID)
		}
		return out
	}
	if got := ids(p.At("1.0").FieldFixedParts()); !slices.Equal(got, []string{"patch", "tag"}) {
		t.Errorf("version 1.0: FieldFixedParts = %q", got)
	}
	if got := ids(p.At("2.0").FieldFixedParts()); !slices.Equal(got, []string{"patch"}) {
		t.Errorf("version 2.0: FieldFixedParts = %q", got)
	}
}
