package csd

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// fallbackCSD is fixtureCSD unedited, with the kind's check of the
// product's warnings beside the Markdown.
func fallbackCSD(t *testing.T, name, id string) (md, warnings string) {
	t.Helper()
	md, _ = fixtureCSD(t, name, id, func(*kind.Product) {})
	c, _ := kindtest.Load(t, "../../testdata/"+name+"/jspgen.toml", "../../testdata/"+name+"/content")
	p, _ := kindtest.Product(t, c, id)
	return md, fmt.Sprint(check(p))
}

// TestCSDFallsBackOnTheFormsAnswers: where the product data leave a CSD
// section empty, the section gives what the MDS2 form built beside it
// answers, as sections 7, 9, 11.1 and 12 do, and never narrows or drops
// what the form or the key facts say.
func TestCSDFallsBackOnTheFormsAnswers(t *testing.T) {
	t.Run("workstation", func(t *testing.T) {
		md, warnings := fallbackCSD(t, "workstation", "viewpoint-rw")
		// 2.2: data_stores not written, the form's MPII-2 and STCF-1 answered
		kindtest.SaysAll(t, "2.2", csdSection(t, md, "### 2.2 Data at rest"),
			"Where the device stores data and how it is protected is not stated beyond the MDS2 form's answers about the device: it stores PII (MPII-2); it writes PII to its internal storage media (MPII-2.2)",
			"service staff can remove its internal storage media (MPII-2.8); it cannot encrypt the data it stores (STCF-1); not all data stored on it is encrypted or otherwise protected (STCF-1.1)")
		kindtest.SaysAll(t, "check", warnings, "the MDS2 form answers that PII is stored (MPII-2), but no data store is written")
		// 4.3: a hand RMOT-1 Yes with no [remote_service]
		kindtest.SaysAll(t, "4.3", csdSection(t, md, "### 4.3 Secure servicing"),
			"**Remote service.** The product data do not describe remote service beyond the MDS2 form's answers about the device: it allows remote service connections, for example for maintenance by the manufacturer (RMOT-1, note 3); a user at the hospital can start a remote service session (RMOT-1.1); it shows that a remote service session is in progress (RMOT-1.2); patient data cannot be seen or reached during a remote service session (RMOT-1.3)",
			"it supports other remote functions, such as software updates or remote training (RMOT-3).")
		// 11.4: PAUT-4 and SGUD-3 No
		kindtest.SaysAll(t, "11.4", csdSection(t, md, "### 11.4 Accounts and privileged access"),
			"The accounts above are not all the accounts of the device: the MDS2 form answers that the documentation does not list every account (PAUT-4 and SGUD-3).")
		// 15.1: no [cloud] statement, an outbound connection to the manufacturer
		kindtest.SaysAll(t, "15.1", csdSection(t, md, "### 15.1 Cloud and internet dependencies"),
			"Outside the hospital network, the product data state that as shipped it connects to remote.meridian-infusion.example (443/TCP, HTTPS (remote service)).",
			"communicates with systems outside the hospital network (CONN-4).")
	})
	t.Run("wearable", func(t *testing.T) {
		md, _ := fallbackCSD(t, "wearable", "glucowear")
		// a store of the device without sanitize points to SGUD-2's
		// note, in 2.2 and 14; the stores of the app and of the cloud
		// service, which the form (about the device) does not describe,
		// are Not stated (content.Product.MDS2DescribesStore)
		const cell = "| Not stated per store; see MDS2 form, SGUD-2, note 9 |"
		for _, head := range []string{"### 2.2 Data at rest", "## 14. Secure decommissioning and sanitisation"} {
			sec := csdSection(t, md, head)
			kindtest.SaysAll(t, head, sec, "| Sensor reading buffer |", cell, "| Cloud database |", "| Not stated |\n")
			for _, line := range strings.Split(sec, "\n") {
				if strings.HasPrefix(line, "| Cloud database |") || strings.HasPrefix(line, "| App reading database |") {
					kindtest.SaysNone(t, head, line, "SGUD-2")
				}
			}
		}
	})
	t.Run("cloudsamd", func(t *testing.T) {
		md, _ := fallbackCSD(t, "cloudsamd", "lumentriage")
		// AUDT-2.8.1 No, RMOT-1 No, a part the manufacturer hosts: not narrowed to local sessions
		s7 := csdSection(t, md, "## 7. Security events and notification")
		kindtest.SaysAll(t, "7", s7, "it does not record local and remote service or support sessions (AUDT-2.8.1)")
		kindtest.SaysNone(t, "7", s7, "local service or support sessions (AUDT-2.8.1)")
		kindtest.SaysAll(t, "4.3", csdSection(t, md, "### 4.3 Secure servicing"),
			"it allows no remote service connection (RMOT-1)",
			"These answers do not cover Northlight Imaging AI B.V.'s own access to the LumenTriage cloud service, which it runs itself.")
	})
}
