package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestAccountsAndStoresUnstated: accounts[].privileges and .provisioning,
// data_stores[].protection and backup.restore and .authenticity are
// optional. The sparse fixtures had written "Not stated." into them,
// which the CSD printed as the manufacturer's words (with a full stop,
// and as a numbered restore step "1. Not stated."). Left out, the tables
// print the tool's own "Not stated" and the backup section says once
// that the restore and its authentication are not stated.
func TestAccountsAndStoresUnstated(t *testing.T) {
	aph := buildFixture(t, "apheresis")("aph9/csd.md")
	kindtest.SaysAll(t, "apheresis csd.md", aph,
		"| Operator | User | Operator badge scan and a 4-digit PIN | Not stated | Not stated | Not stated |",
		"| Hemalis field service | Service | Password, changed at each service visit | Not stated | Used by Hemalis field engineers; the password is changed at each visit. | Not the customer |",
		"| Procedure records | Aph-9 apheresis machine (on the device) | PII, Process records | On the machine | Not stated | Kept until sent to the DMS; up to 500 procedures. | Not stated |")
	for _, line := range strings.Split(aph, "\n") {
		if (strings.HasPrefix(line, "| Operator |") || strings.HasPrefix(line, "| Procedure records |")) && strings.Contains(line, "Not stated.") {
			t.Errorf("apheresis csd.md still prints \"Not stated.\" as the manufacturer's words: %s", line)
		}
	}

	steth := buildFixture(t, "stethoscope")("auscura-one/csd.md")
	kindtest.SaysAll(t, "stethoscope csd.md", steth, "| Health-system administrator | Administrator | Not stated | Not stated | Not stated | Not stated |")
	for _, line := range strings.Split(steth, "\n") {
		if strings.HasPrefix(line, "| Clinician |") && !strings.HasSuffix(line, "| Not stated | Not stated | Not stated |") {
			t.Errorf("stethoscope csd.md: %s", line)
		}
	}

	tms := buildFixture(t, "tmsairgap")("tms300/csd.md")
	kindtest.SaysAll(t, "tmsairgap csd.md", tms,
		"How to restore the backup, and how a restored configuration is authenticated, are not stated.")
	for _, bad := range []string{"1. Not stated.", "**Restoring:**", "**Authenticity of a restored configuration.** Not stated."} {
		if strings.Contains(tms, bad) {
			t.Errorf("tmsairgap csd.md still says %q", bad)
		}
	}

	tps := buildFixture(t, "tpsplanning")("isodose-plan/csd.md")
	kindtest.SaysAll(t, "tpsplanning csd.md", tps, "| PostgreSQL 15 database on the planning server | Not stated | Not stated | Not stated |")

	// A store whose protection is left out but whose encryption is
	// stated gives that, and nothing more; a log kept in it names no
	// protection of the store.
	files, _ := buildFixtureEdited(t, "healthit", "resultroute.toml", func(s string) string {
		return strings.Replace(s, "protection = \"Readable only by the resultroute service account and the hospital's system administrators.\"\n", "encrypted = false\n", 1)
	})
	csd := files["resultroute/csd.md"]
	kindtest.SaysAll(t, "healthit csd.md, logs store without protection", csd,
		"| Not encrypted at rest. Its other protection is not stated. |",
		"| Access | Not stated for the log itself, nor for its data store, Audit and application logs ([2.2 Data at rest](#2-2-data-at-rest)), except: Not encrypted at rest. |")
}
