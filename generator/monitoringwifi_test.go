package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildMonitoringWiFi builds testdata/monitoringwifi: the patient
// monitoring system of testdata/monitoring sold with one more bedside
// model, the B12W, whose wireless LAN module (and the monitoring port
// over it) the other models lack (interfaces.models = ["SPM-B12W"]). One
// CSD, plan and MDS2 form cover all four models.
func buildMonitoringWiFi(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "monitoringwifi")
}

// TestMonitoringWiFiCheckIsClean: the variant has the monitoring
// fixture's warnings and no other.
func TestMonitoringWiFiCheckIsClean(t *testing.T) {
	monitoringCheckIsClean(t, "monitoringwifi")
}

// TestMonitoringWiFiDocumentsNameTheModels: the wireless LAN module is on
// the B12W only. Before interfaces.models the CSD's key facts said the
// bedside monitor has Wi-Fi ("Bedside monitor: …, Wi-Fi (off)"), its
// interface and port tables and firewall rule 11 gave the module and its
// port 7100 to "Bedside monitor" as a whole, and the plan's tables did
// the same: each true of one bedside model of two. Each now names the
// model, and the CSD lists the models those names stand for.
func TestMonitoringWiFiDocumentsNameTheModels(t *testing.T) {
	site := buildMonitoringWiFi(t)
	csd := site("sentinel-w/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Service USB port of the bedside monitor (off), Wireless LAN module (802.11ac) (off, model SPM-B12W only); Telemetry transmitter, as shipped:",
		"An interface or a port that only some models have names them beside it; the product's models are:",
		"| SPM-B12W | Sentinel B12W bedside monitor with wireless LAN (REF 7100-13) |",
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) | Bedside monitor (on the device) | Wi-Fi |",
		"| 7100/TCP | Sentinel monitoring protocol (TLS) (Wi-Fi; model SPM-B12W only) | Bedside monitor (on the device) | Out | Off |",
		"| 11 | Allow | Bedside monitor | Sentinel monitoring server | 7100/TCP | Sentinel monitoring protocol (TLS) (Wi-Fi; model SPM-B12W only) | When enabled |",
		// the wired port and its rule stay every model's
		"| 10 | Allow | Bedside monitor | Sentinel monitoring server | 7100/TCP | Sentinel monitoring protocol (TLS) (Network port of the bedside monitor) | As shipped |",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the module is the B12W's alone", "Wi-Fi (off);", "(TLS) (Wi-Fi) |")
	plan := site("sentinel-w/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) | Bedside monitor (on the device) | Wi-Fi | No |",
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) | Bedside monitor (on the device) | Wi-Fi |",
		"| Outbound | Wi-Fi (model SPM-B12W only) | Sentinel monitoring server (hosted by the customer) |",
	)
	// The monitoring fixture with its interfaces every model's, so that
	// no fact differs by model, names no model beside a fact and lists
	// none under its interfaces (its opening names the models it covers);
	// the fixture itself, whose interfaces are each one model's, names them.
	// Its advisory, about the SPM-CS alone (notices.models), is made every
	// model's too: the CSD names the models a notice concerns.
	const saModels = "vulnerabilities = [\"CVE-2025-67410\"]\nmodels = [\"SPM-CS\"]\n"
	alike, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", func(s string) string {
		if !strings.Contains(s, saModels) {
			t.Fatal("the monitoring fixture's advisory sa-2026-01 names no model")
		}
		return monitoringModelsAlike(t)(strings.Replace(s, saModels, "vulnerabilities = [\"CVE-2025-67410\"]\n", 1))
	})
	kindtest.SaysNoneBecause(t, "monitoring csd.md", alike["sentinel-pm/csd.md"], "no fact differs by model", "only some models", "(model SPM-", "(models SPM-", "the product's models are:")
	kindtest.SaysAll(t, "monitoring csd.md", buildMonitoring(t)("sentinel-pm/csd.md"), "An interface or a port that only some models have names them beside it; the product's models are:", "(model SPM-T2 only)")
}

// TestMonitoringWiFiFormSaysWhichModelsHaveWiFi: the form covers the four
// models. CONN-1.1.1 (Wi-Fi) was a plain Yes for all of them, and
// JSP-MODELS, which asks which answers differ between the models, named
// none. The Yes now refers to note 8, after the manufacturer's seven, which
// names the B12W and says the others answer No; JSP-MODELS names
// CONN-1.1.1; the JSON carries the note. CONN-1.1 (wireless) stays the
// manufacturer's Yes with its note 1 on the WMTS radio: the radio, of kind
// other, is on every model, so the Yes is not the B12W's alone; the
// Wi-Fi interface it cites as agreeing is the B12W's, and it says so.
func TestMonitoringWiFiFormSaysWhichModelsHaveWiFi(t *testing.T) {
	site := buildMonitoringWiFi(t)
	form := site("sentinel-w/mds2.md")
	kindtest.SaysAll(t, "mds2.md", form,
		"| CONN-1.1.1 | Does the device support Wi-Fi? | [Yes](#how-derived-and-ruled-out-answers-were-reached \"Derived from the product data: interfaces[2] is a Wi-Fi interface, on model SPM-B12W only.\") | Note\u00a08 |",
		"Answers the product data show to differ between the models: CONN-1.1.1 (Yes for model SPM-B12W only, note 8). |",
		"**Note 8.** The answer Yes to the questions that refer to this note holds for model SPM-B12W only: for the other models this form covers (SPM-B12, SPM-T2 and SPM-CS), the product data give No to each of those questions.",
		"| CONN-1.1 | Does the device have any wireless connectivity? | [Yes](#how-derived-and-ruled-out-answers-were-reached \"The manufacturer's answer; the product data agree: interfaces[2] is a wireless interface, on model SPM-B12W, not decided for models SPM-B12, SPM-T2 and SPM-CS.\") | Note\u00a01 |",
	)
	// mds2.json says which note jspgen wrote: note 8, not the
	// manufacturer's notes 1 to 7.
	var js struct {
		Notes []struct {
			Number    int    `json:"number"`
			Text      string `json:"text"`
			Generated *bool  `json:"generated"`
		} `json:"notes"`
	}
	if err := json.Unmarshal([]byte(site("sentinel-w/mds2.json")), &js); err != nil {
		t.Fatal(err)
	}
	for _, n := range js.Notes {
		generated := n.Generated != nil && *n.Generated
		if generated != (n.Number == 8) || n.Generated != nil && !*n.Generated {
			t.Errorf("mds2.json note %d: generated %v", n.Number, n.Generated)
		}
		if n.Number == 8 && !strings.Contains(n.Text, "holds for model SPM-B12W only") {
			t.Errorf("mds2.json note 8: %q", n.Text)
		}
	}
	if len(js.Notes) != 8 {
		t.Errorf("mds2.json has %d notes, want 8", len(js.Notes))
	}
	// The monitoring fixture with its interfaces every model's: its form
	// has no such note.
	alike, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", monitoringModelsAlike(t))
	kindtest.SaysNoneBecause(t, "monitoring mds2.md", alike["sentinel-pm/mds2.md"], "no answer differs by model", "Answers the product data show to differ", "The answer Yes to the questions that refer to this note holds for model")
}

// TestMonitoringWiFiOtherDocumentsNameTheModels: the documents h109 left
// listing the wireless LAN module as every model's: the risk report's
// interfaces table, the CSD's and the plan's "How each interface is
// protected", and a notice's tables of interfaces to disable and ports to
// block. Each now names the B12W beside it, as the CSD's tables do.
func TestMonitoringWiFiOtherDocumentsNameTheModels(t *testing.T) {
	site := buildMonitoringWiFi(t)
	// The report names the model by its ID, so it says what the IDs are,
	// as the CSD does.
	kindtest.SaysAll(t, "risk-report.md", site("sentinel-w/risk-report.md"),
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) | Wi-Fi |",
		"An interface or a port that only some models have names them beside it; the product's models are:",
		"| SPM-B12W | Sentinel B12W bedside monitor with wireless LAN (REF 7100-13) |")
	for _, doc := range []string{"csd.md", "security-plan.md"} {
		kindtest.SaysAll(t, doc, site("sentinel-w/"+doc), "- **Wireless LAN module (802.11ac) (model SPM-B12W only):** WPA2-Enterprise")
		kindtest.SaysNone(t, doc, site("sentinel-w/"+doc), "- **Wireless LAN module (802.11ac):**")
	}
	files, _ := buildFixtureEdited(t, "monitoringwifi", "sentinel-w.toml", func(s string) string {
		s = strings.Replace(s, "models = [\"SPM-CS\"]\n\n[notices.document]", "\n[notices.customer_actions]\ndisable_interfaces = [\"bedside-wlan\"]\nblock_ports = [7100]\n\n[notices.document]", 1)
		s = strings.Replace(s, "[[notices]]\nid = \"sa-2026-01\"", `[[notices]]
id = "eos-34"
kind = "end_of_support"
issued = 2025-06-02
summary = "Support of Sentinel 3.4 ends."
versions = ["3.4"]
maintenance = "Vantor fixes security vulnerabilities in 3.4 until its end of support."
compensating_controls = ["Upgrade to 4.0."]
stops = [{ what = "security_updates", milestone = "end_of_support" }]
operating_systems = ["The monitors' embedded Linux."]
upgrade_paths = [{ kind = "software_only", to_version = "4.0", description = "A software upgrade." }]

[notices.customer_actions]
disable_interfaces = ["bedside-wlan"]
block_ports = [6201]
network_isolation = "Keep the monitors on the monitoring VLAN."
backup = "Export the alarm settings before the upgrade."

[notices.document]
id = "VMS-EOS-34"
revision = "A"
release_date = 2025-06-02
owner = "Sentinel product security lead"
approvals = [{ role = "Product security lead", name = "R. Okonkwo", date = 2025-05-30 }]
history = [{ revision = "A", date = 2025-06-02, summary = "First issue." }]

[[notices]]
id = "sa-2026-01"`, 1)
		if strings.Count(s, "disable_interfaces = [\"bedside-wlan\"]") != 2 {
			t.Fatal("the edit did not apply")
		}
		return s
	})
	kindtest.SaysAll(t, "security notice", files["sentinel-w/notices/sa-2026-01.md"],
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) | Wi-Fi |")
	eos := files["sentinel-w/notices/eos-34.md"]
	kindtest.SaysAll(t, "end-of-support notice", eos,
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) | Wi-Fi |",
		// the notice disables the module: its port closes with it, and
		// only the wired one stays needed
		"The ports on an interface this notice says to disable (9.1) close with it, so the device does not need them: 7100/TCP on the Wireless LAN module (802.11ac).",
		"| 7100/TCP | Sentinel monitoring protocol (TLS) | Bedside monitor (on the device) | Outbound | Network port of the bedside monitor |")
	kindtest.SaysNoneBecause(t, "end-of-support notice", eos, "the notice disables the Wi-Fi module",
		"| 7100/TCP | Sentinel monitoring protocol (TLS) | Bedside monitor (on the device) | Outbound | Wi-Fi (model SPM-B12W only) |")
}

// versionModels edits the monitoringwifi fixture so that version v runs
// on models only (versions.models).
func versionModels(t *testing.T, v, models string) func(string) string {
	return func(s string) string {
		t.Helper()
		old := "version = \"" + v + "\"\n"
		if !strings.Contains(s, old) {
			t.Fatalf("no version %s", v)
		}
		return strings.Replace(s, old, old+"models = "+models+"\n", 1)
	}
}

// TestMonitoringWiFiCSDOfAVersionOnSomeModels: a CSD is about one
// version, and a version may run on some models only (versions.models).
// The CSD compared the interfaces' and ports' models with every model of
// the product. When 3.4 runs on the B12, T2 and CS (the B12W came with
// 4.0), the 3.4 CSD listed the B12W's wireless LAN module, its port
// 7100 and firewall rule 11 for it, and counted 9 interfaces: a module
// and a rule for a device no model running 3.4 is. It now leaves them
// out, says that it is about the three models and lists them. When 3.4
// runs on the B12W alone, the module is on every model the CSD is about:
// it said "model SPM-B12W only" and listed the four models; it now names
// none. The 3.4 MDS2 form, which reads its covered models, already said
// the same as the CSD now does; the 4.0 CSD, of every model, is as it
// was.
func TestMonitoringWiFiCSDOfAVersionOnSomeModels(t *testing.T) {
	files, _ := buildFixtureEdited(t, "monitoringwifi", "sentinel-w.toml", versionModels(t, "3.4", `["SPM-B12", "SPM-T2", "SPM-CS"]`))
	csd := files["sentinel-w/3.4/csd.md"]
	kindtest.SaysAll(t, "3.4/csd.md", csd,
		"| Interfaces | 8 | Bedside monitor, as shipped: Network port of the bedside monitor (on), Service USB port of the bedside monitor (off); Telemetry transmitter, as shipped:",
		"with whether it is enabled. This document is about the models below; an interface or a port that only other models of the product have is not listed:",
		"| SPM-B12 | Sentinel B12 bedside monitor (REF 7100-12) |",
		"| 11 | Allow | Telemetry receiver | Sentinel monitoring server | 7100/TCP |",
	)
	kindtest.SaysNone(t, "3.4/csd.md", csd, "Wireless LAN module", "Wi-Fi (off", "(Wi-Fi; model SPM-B12W only)", "| SPM-B12W |", "the product's models are:")
	kindtest.SaysAll(t, "3.4/mds2.md", files["sentinel-w/3.4/mds2.md"],
		"| CONN-1.1.1 | Does the device support Wi-Fi? | [No](#how-derived-and-ruled-out-answers-were-reached \"Derived from the product data: interfaces lists no Wi-Fi interface (on the models the form covers, SPM-B12, SPM-T2 and SPM-CS; entries of other models only are not theirs).\") |")
	kindtest.SaysAll(t, "csd.md", files["sentinel-w/csd.md"],
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) | Bedside monitor (on the device) | Wi-Fi |",
		"An interface or a port that only some models have names them beside it; the product's models are:")

	files, _ = buildFixtureEdited(t, "monitoringwifi", "sentinel-w.toml", versionModels(t, "3.4", `["SPM-B12W"]`))
	csd = files["sentinel-w/3.4/csd.md"]
	kindtest.SaysAll(t, "3.4/csd.md", csd,
		"Service USB port of the bedside monitor (off), Wireless LAN module (802.11ac) (off); Telemetry transmitter, as shipped:",
		"| Wireless LAN module (802.11ac) | Bedside monitor (on the device) | Wi-Fi |",
		"| 11 | Allow | Bedside monitor | Sentinel monitoring server | 7100/TCP | Sentinel monitoring protocol (TLS) (Wi-Fi) | When enabled |",
	)
	kindtest.SaysNone(t, "3.4/csd.md", csd, "model SPM-B12W only", "only some models", "| SPM-B12 |")
	form := files["sentinel-w/3.4/mds2.md"]
	kindtest.SaysAll(t, "3.4/mds2.md", form,
		"| CONN-1.1.1 | Does the device support Wi-Fi? | [Yes](#how-derived-and-ruled-out-answers-were-reached \"Derived from the product data: interfaces[2] is a Wi-Fi interface.\") |  |")
	kindtest.SaysNone(t, "3.4/mds2.md", form, "Answers the product data show to differ", "**Note 8.**", "The answer Yes to the questions that refer to this note holds for model")

	// 3.4 on the two bedside models: the module is the B12W's of the two,
	// and the key lists those two, as the form's note names the B12 as the
	// other model it covers.
	files, _ = buildFixtureEdited(t, "monitoringwifi", "sentinel-w.toml", versionModels(t, "3.4", `["SPM-B12", "SPM-B12W"]`))
	csd = files["sentinel-w/3.4/csd.md"]
	kindtest.SaysAll(t, "3.4/csd.md", csd,
		"An interface or a port that only some models have names them beside it; the models this document is about are:\n\n| Model | Name |\n| --- | --- |\n| SPM-B12 | Sentinel B12 bedside monitor (REF 7100-12) |\n| SPM-B12W | Sentinel B12W bedside monitor with wireless LAN (REF 7100-13) |\n\n",
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) |")
	kindtest.SaysAll(t, "3.4/mds2.md", files["sentinel-w/3.4/mds2.md"],
		"for the other model this form covers (SPM-B12), the product data give No to each of those questions.")
}

// TestMonitoringWiFiCurrentVersionOnSomeModels: the CSD about the
// current version reads that version's models as the CSD of another
// version does. With 4.0 and 4.0.1 on the B12, T2 and CS (the B12W
// staying on 3.4), the main CSD listed the B12W's module; it now leaves
// it out, and the 3.4 CSD, of every model, keeps it. The security plan
// is not one version's: it covers every model it lists in 1.2 (and
// every version, 1.3), so the module stays in its tables, named as the
// B12W's.
func TestMonitoringWiFiCurrentVersionOnSomeModels(t *testing.T) {
	files, _ := buildFixtureEdited(t, "monitoringwifi", "sentinel-w.toml", func(s string) string {
		s = versionModels(t, "4.0", `["SPM-B12", "SPM-T2", "SPM-CS"]`)(s)
		return versionModels(t, "4.0.1", `["SPM-B12", "SPM-T2", "SPM-CS"]`)(s)
	})
	csd := files["sentinel-w/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd, "This document is about the models below; an interface or a port that only other models of the product have is not listed:")
	kindtest.SaysNone(t, "csd.md", csd, "Wireless LAN module", "Wi-Fi (off")
	kindtest.SaysAll(t, "3.4/csd.md", files["sentinel-w/3.4/csd.md"], "| Wireless LAN module (802.11ac) (model SPM-B12W only) | Bedside monitor (on the device) | Wi-Fi |")
	kindtest.SaysAll(t, "security-plan.md", files["sentinel-w/security-plan.md"],
		"| Wireless LAN module (802.11ac) (model SPM-B12W only) | Bedside monitor (on the device) | Wi-Fi | No |",
		"| 4.0 | SPM-B12, SPM-T2, SPM-CS |")
}

// TestMonitoringWiFiNoticeOfSomeModels: a notice concerns some models
// (notices.models, else the models that run its versions). Its tables of
// interfaces to disable and ports to block or keep open ignored them. An
// end-of-support notice of 3.4, which runs on the B12, T2 and CS, asked
// to disable the B12W's wireless LAN module and listed its port 7100 as
// one the device needs; a security notice about the central station
// (models = ["SPM-CS"]) asked to disable the B12W's module and block its
// port. Neither is on a device the notice is about: each is left out,
// and check warns about the actions that name them.
func TestMonitoringWiFiNoticeOfSomeModels(t *testing.T) {
	files, res := buildFixtureEdited(t, "monitoringwifi", "sentinel-w.toml", func(s string) string {
		s = versionModels(t, "3.4", `["SPM-B12", "SPM-T2", "SPM-CS"]`)(s)
		s = strings.Replace(s, "models = [\"SPM-CS\"]\n\n[notices.document]", "models = [\"SPM-CS\"]\n\n[notices.customer_actions]\ndisable_interfaces = [\"bedside-wlan\"]\nblock_ports = [7100]\n\n[notices.document]", 1)
		s = strings.Replace(s, "[[notices]]\nid = \"sa-2026-01\"", `[[notices]]
id = "eos-34"
kind = "end_of_support"
issued = 2025-06-02
summary = "Support of Sentinel 3.4 ends."
versions = ["3.4"]
maintenance = "Vantor fixes security vulnerabilities in 3.4 until its end of support."
compensating_controls = ["Upgrade to 4.0."]
stops = [{ what = "security_updates", milestone = "end_of_support" }]
operating_systems = ["The monitors' embedded Linux."]
upgrade_paths = [{ kind = "software_only", to_version = "4.0", description = "A software upgrade." }]

[notices.customer_actions]
disable_interfaces = ["bedside-wlan", "central-usb"]
block_ports = [6201]
network_isolation = "Keep the monitors on the monitoring VLAN."
backup = "Export the alarm settings before the upgrade."

[notices.document]
id = "VMS-EOS-34"
revision = "A"
release_date = 2025-06-02
owner = "Sentinel product security lead"
approvals = [{ role = "Product security lead", name = "R. Okonkwo", date = 2025-05-30 }]
history = [{ revision = "A", date = 2025-06-02, summary = "First issue." }]

[[notices]]
id = "sa-2026-01"`, 1)
		if strings.Count(s, "disable_interfaces = [\"bedside-wlan\"") != 2 {
			t.Fatal("the edit did not apply")
		}
		return s
	})
	eos := files["sentinel-w/notices/eos-34.md"]
	kindtest.SaysAll(t, "eos-34.md", eos,
		"| USB ports of the central station | USB |",
		"| 7100/TCP | Sentinel monitoring protocol (TLS) | Bedside monitor (on the device) | Outbound | Network port of the bedside monitor |")
	kindtest.SaysNone(t, "eos-34.md", eos, "Wireless LAN module", "Wi-Fi (model SPM-B12W only)", "SPM-B12W")
	sa := files["sentinel-w/notices/sa-2026-01.md"]
	kindtest.SaysAll(t, "sa-2026-01.md", sa, "Block these ports at the network:")
	kindtest.SaysNone(t, "sa-2026-01.md", sa, "Disable these interfaces:", "Wireless LAN module", "Wi-Fi (model SPM-B12W only)")
	var warned []string
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "is on model SPM-B12W only, none of the models this notice concerns") {
			warned = append(warned, d.Path)
		}
	}
	// notices[0] is the fixture's own end-of-support notice of 3.4
	// (eos-sentinel-3-4), which names no interface to disable.
	if want := []string{"notices[1].customer_actions.disable_interfaces[0]", "notices[2].customer_actions.disable_interfaces[0]"}; strings.Join(warned, " ") != strings.Join(want, " ") {
		t.Errorf("warnings about the B12W's module at %v, want %v", warned, want)
	}
}
