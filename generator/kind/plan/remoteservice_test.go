package plan

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// renderRemotePlan renders a product's plan from a copy of its repository
// with edit applied to its file, with the MDS2 form built or not.
func renderRemotePlan(t *testing.T, siteFile, dir, id string, form bool, edit func(string) string) string {
	t.Helper()
	site, copied := kindtest.CopyRepo(t, siteFile, dir, id+".toml", edit)
	c, _ := kindtest.Load(t, site, copied)
	p, _ := kindtest.Product(t, c, id)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	built := kindtest.Built(p)
	built.MDS2 = form
	return kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
}

func appendTOML(extra string) func(string) string {
	return func(s string) string { return s + "\n" + extra }
}

// handSession answers RMOT-1 Yes, RMOT-1.1 No and RMOT-1.2 Yes by hand in
// the example (which answers RMOT-1 No and the others N/A), and appends
// extra.
func handSession(extra string) func(string) string {
	return func(s string) string {
		s = strings.Replace(s, `"RMOT-1" = { answer = "no", note = 19 }`, `"RMOT-1" = { answer = "yes", note = 19 }`, 1)
		s = strings.Replace(s, `"RMOT-1.1" = "na"`, `"RMOT-1.1" = "no"`, 1)
		return strings.Replace(s, `"RMOT-1.2" = "na"`, `"RMOT-1.2" = "yes"`, 1) + "\n" + extra
	}
}

// TestPlanRemoteService: §6.8 says what the product data states about the
// manufacturer's remote service: the facts of [remote_service], per run of
// versions that state the same; where a fact is not written, the MDS2
// form's hand answer when the form is built (citing it), else "not
// stated"; and for a product that joins no network, that no session can
// reach it, without asking about telemetry.
func TestPlanRemoteService(t *testing.T) {
	const (
		site, dir = "../../../jspgen.toml", "../../../content"
		pump      = "the Halcyon LVP-7 Large-Volume Infusion System"
		meridian  = "Meridian Infusion Systems, Inc."
		told      = "Customers read about remote service in section 4.3, Secure servicing, of the customer security documentation"
	)
	tests := []struct {
		name     string
		form     bool
		edit     func(string) string
		says     []string
		saysNone []string
	}{
		{"the example: hand answers in the form built with it", true, nil,
			[]string{
				"### 6.8 Remote service\n\nThe MDS2 form answers that " + pump + " allows no remote service connection (RMOT-1, note 19).",
				"The MDS2 form answers that " + pump + " sends no data for predictive maintenance over a remote connection (RMOT-2, note 19). The MDS2 form answers that " + pump + " supports other remote functions (RMOT-3, note 6).",
				"Meridian has no remote access to pumps or to Halcyon Connect.",
				told + ".",
			},
			[]string{"| Remote service | Stated |", "is not stated"}},
		{"the example without the form: not stated", false, nil,
			[]string{
				"Whether " + meridian + " services " + pump + " remotely is not stated in the product data.",
				"Whether " + pump + " sends " + meridian + " data about its own working for maintenance (telemetry) is not stated. Whether " + meridian + " does anything else with " + pump + " over a network (software updates, configuration changes, training) is not stated.",
			},
			[]string{"The MDS2 form answers", "RMOT-"}},
		{"facts win over the form's answers", true, appendTOML("[remote_service]\noffered = true\nconnection = \"inbound\"\nstarted_by = \"either\"\nsession_indicator = false\ntelemetry = true\nother_functions = [\"software_updates\", \"training\"]\n"),
			[]string{
				"### 6.8 Remote service\n\n" + meridian + " services " + pump + " remotely.\n\n| Remote service | Stated |\n| --- | --- |\n| On as shipped | Not stated |",
				"| Who starts a session | Either a user at the hospital or " + meridian + "'s staff |",
				"| Users at the hospital can see that a session is active | No |",
				"| " + meridian + "'s staff can see patient data during a session | Not stated |",
				"| How the connection is opened | Inbound: " + meridian + " connects in to a port the Halcyon LVP-7 Large-Volume Infusion System listens on |",
				"The Halcyon LVP-7 Large-Volume Infusion System sends " + meridian + " data about its own working over a network, for maintenance (telemetry); whether it does so as shipped, before any setting is changed, is not stated. " + "Other things " + meridian + " does with " + pump + " over a network: software updates and training.",
			},
			// Software updates and training are not the manufacturer
			// reaching into the device: an app's updates come from the
			// app stores.
			[]string{"The MDS2 form answers", "does not service", "also reaches"}},
		{"not offered: no session table", true, appendTOML("[remote_service]\noffered = false\nstarted_by = \"customer\"\ntelemetry = false\nother_functions = [\"none\"]\n"),
			[]string{meridian + " states that it offers no remote service connection to " + pump + ".\n\nThe Halcyon LVP-7 Large-Volume Infusion System sends " + meridian + " no telemetry. " + meridian + " does not update " + pump + "'s software, change its settings or train its users over a network."},
			[]string{"| Remote service | Stated |", "The MDS2 form answers"}},
		{"the form's session answers where no fact is written", true, handSession(""),
			[]string{
				"The MDS2 form answers that " + pump + " allows remote service connections (RMOT-1, note 19).",
				"| Who starts a session | Not a user at the hospital (MDS2 form, RMOT-1.1) |",
				"| Users at the hospital can see that a session is active | Yes (MDS2 form, RMOT-1.2) |",
				"| " + meridian + "'s staff can see patient data during a session | Not stated |",
			},
			nil},
		{"a fact wins over the form's session answer", true, handSession("[remote_service]\nsession_indicator = false\n"),
			[]string{"| Users at the hospital can see that a session is active | No |"},
			[]string{"(MDS2 form, RMOT-1.2)"}},
		// The example answers RMOT-1 No: sub-questions answered No under it
		// describe no session.
		{"the form's No under RMOT-1 No", true, func(s string) string {
			return strings.Replace(s, `"RMOT-1.1" = "na"`, `"RMOT-1.1" = "no"`, 1)
		},
			[]string{"The MDS2 form answers that " + pump + " allows no remote service connection (RMOT-1, note 19)."},
			[]string{"| Remote service | Stated |"}},
		{"the form's session answers without the form", false, handSession(""),
			nil,
			[]string{"| Remote service | Stated |", "MDS2 form"}},
		// [versions.changes.remote_service] written last applies to the last
		// version, 4.2.1: two runs, and the form (of 4.2.1) speaks for
		// neither.
		{"versions that differ", true, appendTOML("[remote_service]\noffered = true\n\n[versions.changes.remote_service]\noffered = false\n"),
			[]string{
				"**Versions 3.8.2 and 4.1.0.** " + meridian + " services " + pump + " remotely.",
				"**Version 4.2.1.** " + meridian + " states that it offers no remote service connection to " + pump + ".",
				"Whether " + pump + " sends " + meridian + " data about its own working for maintenance (telemetry) is not stated.",
				told + " of their version.",
			},
			[]string{"The MDS2 form answers"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := renderRemotePlan(t, site, dir, kindtest.Example, tc.form, tc.edit)
			kindtest.SaysAll(t, "plan", md, tc.says...)
			if len(tc.saysNone) > 0 { // a case may forbid nothing
				kindtest.SaysNoneBecause(t, "plan §6.8", section(md, "### 6.8", "## 7."), "the data decides it otherwise", tc.saysNone...)
			}
		})
	}

	t.Run("a product that joins no network", func(t *testing.T) {
		md := renderRemotePlan(t, "../../testdata/standalone/jspgen.toml", "../../testdata/standalone/content", "bladderscan", true,
			kindtest.Replace("[remote_service]\noffered = false\ntelemetry = false\nother_functions = [\"none\"]\n", ""))
		s := section(md, "### 6.8", "## 7.")
		kindtest.SaysAll(t, "plan", s, "The Tideline BladderSense BS-3 Portable Bladder Scanner joins no network, so no remote-service session can reach it.")
		kindtest.SaysNoneBecause(t, "plan §6.8", s, "a product on no network has no telemetry to state", "telemetry", "is not stated", "over a network (software")
	})
}

// section is md from the line starting with from up to the next line
// starting with to (or the end).
func section(md, from, to string) string {
	i := strings.Index(md, "\n"+from)
	if i < 0 {
		return ""
	}
	s := md[i+1:]
	if j := strings.Index(s, "\n"+to); j >= 0 {
		s = s[:j]
	}
	return s
}
