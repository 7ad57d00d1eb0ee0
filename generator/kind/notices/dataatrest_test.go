package notices

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/templates"
)

// dataAtRestCell renders the data-at-rest table (partials/data.md.tmpl,
// which the CSD and the plan print) of one store and returns the store's
// Protection cell.
func dataAtRestCell(t *testing.T, protection string, encrypted content.Tri) string {
	t.Helper()
	p := &content.Product{ID: "p", Name: "P", DataStores: []content.DataStore{{ID: "db", Name: "Database",
		Data: content.DataKinds{"phi"}, Location: "Server", Protection: protection, Encrypted: encrypted}}}
	files := render.Files{Shipped: templates.FS, OverrideName: "test",
		Override: fstest.MapFS{"probe.md.tmpl": {Data: []byte(`{{ template "data-at-rest-table" . }}`)}}}
	md, err := render.Markdown(files, "probe.md.tmpl", kind.DocumentData{Product: p})
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.SplitSeq(string(md), "\n") {
		if strings.HasPrefix(line, "| Database |") {
			cells := strings.Split(line, " | ")
			if len(cells) < 5 {
				t.Fatalf("row %q has too few cells", line)
			}
			return cells[3] // Data store, Data, Location, Protection
		}
	}
	t.Fatalf("no row of the store in:\n%s", md)
	return ""
}

// A store's encrypted fact follows its protection text, said once: a
// protection text that already says the data is encrypted at rest is not
// followed by "Encrypted at rest." again (nor one saying it is not by "Not
// encrypted at rest."), one that does not say it is; a protection text
// saying the opposite of encrypted keeps both (the data contradict each
// other: shown, not hidden).
func TestDataAtRestSaysEncryptionOnce(t *testing.T) {
	for _, c := range []struct {
		protection string
		encrypted  content.Tri
		want       string
	}{
		{"Encrypted at rest by the cloud provider; access limited to staff.", content.True,
			"Encrypted at rest by the cloud provider; access limited to staff."},
		{"Encrypted at rest; access limited to the customer's accounts.", content.True,
			"Encrypted at rest; access limited to the customer's accounts."},
		{"Access limited to staff; AES-256 encryption at rest.", content.True,
			"Access limited to staff; AES-256 encryption at rest."},
		{"Reached only over TLS; encrypted at rest by the cloud provider with the hospital's key.", content.True,
			"Reached only over TLS; encrypted at rest by the cloud provider with the hospital's key."},
		// the protection text does not say it: the fact does
		{"Partition encrypted with a device key.", content.True, "Partition encrypted with a device key. Encrypted at rest."},
		{"Access limited to staff.", content.True, "Access limited to staff. Encrypted at rest."},
		{"Unencrypted at rest; access limited to staff.", content.True,
			"Unencrypted at rest; access limited to staff. Encrypted at rest."},
		// a contradiction in the data stays visible
		{"Not encrypted at rest; access limited to staff.", content.True,
			"Not encrypted at rest; access limited to staff. Encrypted at rest."},
		{"Encrypted at rest; access limited to staff.", content.False,
			"Encrypted at rest; access limited to staff. Not encrypted at rest."},
		{"Not encrypted at rest; plain files.", content.False, "Not encrypted at rest; plain files."},
		{"Plain files, unencrypted at rest.", content.False, "Plain files, unencrypted at rest."},
		{"Plain files; no encryption.", content.False, "Plain files; no encryption. Not encrypted at rest."},
		{"Plain files.", content.False, "Plain files. Not encrypted at rest."},
		// not stated: the protection text alone where it speaks of
		// encryption, else followed by the fact that nothing says
		{"Encrypted at rest.", content.Unstated, "Encrypted at rest."},
		{"Access limited to staff.", content.Unstated, "Access limited to staff. Whether it is encrypted at rest is not stated."},
	} {
		if got := dataAtRestCell(t, c.protection, c.encrypted); got != c.want {
			t.Errorf("protection %q, encrypted %s: cell %q, want %q", c.protection, c.encrypted, got, c.want)
		}
	}
}
