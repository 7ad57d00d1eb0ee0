package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLabrobotWhenEnabledSaysNotWho: the SortLine's remote-service and
// OPC UA ports are off as shipped (default_enabled = false), which says
// nothing of who turns them on, and remote_service.customer_controls is
// not written (the remote-service tables say "Not stated"). The CSD and
// the notice said the customer turns the feature on; they say only that
// it is turned on, as the notice's CSAF twin does.
func TestLabrobotWhenEnabledSaysNotWho(t *testing.T) {
	site := buildFixture(t, "labrobot")
	csd, notice := site("sortline/csd.md"), site("sortline/notices/eos-4.0.md")
	kindtest.SaysAll(t, "labrobot csd.md", csd, `Rules marked "When enabled" are needed only once the feature is turned on; until then, leave them out.`,
		"| The customer can turn it on and off | Not stated |")
	kindtest.SaysAll(t, "labrobot eos-4.0.md", notice, `A port marked "No" under "Enabled as shipped" is not used as shipped: the device needs it only once its feature is turned on, and while that feature stays off the port can be blocked too.`)
	for doc, text := range map[string]string{"labrobot csd.md": csd, "labrobot eos-4.0.md": notice} {
		kindtest.SaysNoneBecause(t, doc, text, "the data do not say who turns the feature on", "turns the feature on", "turns its feature on")
	}
}
