package generator

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestWebcalcHostKeepsNoData: webcalc's Intranet copy is a web server the
// hospital hosts that only serves the calculator's static files; the data
// stores are written and none is on it. The CSD's responsibility table
// said "who backs up the application's data is not stated", as if the
// part kept application data, with and without a [backup] section. The
// host stays the customer's to back up (runs = customer_hosted). A store
// on the part brings the old clause back.
func TestWebcalcHostKeepsNoData(t *testing.T) {
	const (
		none   = "| Who backs up the host is not stated; no data at rest is listed on this part |"
		unsaid = "Who backs up the host and the application's data is not stated"
	)
	read := buildFixture(t, "webcalc")
	csd := read("paedidose/csd.md")
	kindtest.SaysAll(t, "csd", csd, none)
	kindtest.SaysNone(t, "csd", csd, unsaid)

	withBackup := func(s string) string {
		return s + "\n[backup]\nscope = \"The browser's service-worker cache is not backed up.\"\nmethod = \"Not applicable.\"\nrestore = [\"Reload the calculator.\"]\nauthenticity = \"Not applicable.\"\n"
	}
	files, _ := buildFixtureEdited(t, "webcalc", "paedidose.toml", withBackup)
	// beside [backup] the customer backs up its host, as before
	kindtest.SaysAll(t, "csd with [backup]", files["paedidose/csd.md"], "| The customer backs up the host; no data at rest is listed on this part |")
	kindtest.SaysNone(t, "csd with [backup]", files["paedidose/csd.md"], unsaid)

	storeOnHost := kindtest.Replace("[[data_flows]]\nid = \"DF-01\"", "[[data_stores]]\nid = \"zip\"\nname = \"Release zip\"\npart = \"intranet\"\ndata = [\"software\"]\nlocation = \"The web server's disk.\"\nprotection = \"As the hospital configures its web server.\"\n\n[[data_flows]]\nid = \"DF-01\"")
	files, _ = buildFixtureEdited(t, "webcalc", "paedidose.toml", storeOnHost)
	kindtest.SaysAll(t, "csd with a store on the host", files["paedidose/csd.md"], unsaid)
}

// TestWebcalcOpenVEXProductNamed: webcalc's SBOM states no purl for the
// product, and its OpenVEX product was an opaque UUID URN; it is now a
// tag URI of the manufacturer's website, the product and the version.
func TestWebcalcOpenVEXProductNamed(t *testing.T) {
	read := buildFixture(t, "webcalc")
	var doc struct {
		Statements []struct {
			Products []struct {
				ID string `json:"@id"`
			} `json:"products"`
		} `json:"statements"`
	}
	if err := json.Unmarshal([]byte(read("paedidose/vex-3.3.openvex.json")), &doc); err != nil {
		t.Fatal(err)
	}
	const want = "tag:www.fenwick-clinical.example,2025:paedidose/3.3"
	if got := doc.Statements[0].Products[0].ID; got != want {
		t.Errorf("OpenVEX product @id %q, want %q", got, want)
	}
}
