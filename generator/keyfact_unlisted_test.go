package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestKeyFactsNameUnlistedConnections: the key facts are read first. The
// MammoCAD's accounts sign in through the hospital's directory, which no
// port reaches, and the SomnoScore keeps its database on the hospital's
// SQL Server, which no port reaches either; section 3.3 says both
// beneath its rules, yet the key facts answered "None" and "TCP 6661"
// alone. And the Holter's 4.1 said its requirements on the hospital's
// infrastructure were not stated, though its EHR interface engine is
// the hospital's own and its clinicians sign in through the hospital's
// directory: both are named now, and only what lies beyond them is not
// stated.
func TestKeyFactsNameUnlistedConnections(t *testing.T) {
	mammo := buildFixture(t, "onpremsamd")("mammocad/csd.md")
	kindtest.SaysAll(t, "mammocad/csd.md", mammo,
		`| Connections the product opens as shipped | None listed; the product data state no port for the connections to the hospital's directory that the sign-in of the "Radiologist" and "MammoCAD administrator" accounts needs |`)
	kindtest.SaysNone(t, "mammocad/csd.md", mammo, "| Connections the product opens as shipped | None |",
		"What the product requires of the customer's infrastructure is not stated.")

	somno := buildFixture(t, "psgsleep")("somnotrack/csd.md")
	kindtest.SaysAll(t, "somnotrack/csd.md", somno,
		"| Connections opened from the hospital network as installed | TCP 6661; whether it is used as installed is not stated; the product data state no port for the connections to the Hospital SQL Server database |")

	holter := buildFixture(t, "holter")("rhythmtrace/csd.md")
	kindtest.SaysAll(t, "rhythmtrace/csd.md", holter,
		`The product data name what the product uses of the customer's infrastructure: the Hospital EHR interface engine; and for signing in, the customer's directory service, through which the "Clinician" account signs in. Anything else the product requires of it, beyond the platforms below, is not stated.`)
	kindtest.SaysNone(t, "rhythmtrace/csd.md", holter, "Beyond the platforms below, what the product requires of the customer's infrastructure is not stated.")
}
