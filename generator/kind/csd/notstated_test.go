package csd

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDUnstatedListsAreNotNone: a product file that does not write
// ports, data_stores or data_flows has not said it has none; the CSD says
// those facts are not stated and gives no "block all traffic" firewall
// advice. Written as empty lists, they are "none".
func TestCSDUnstatedListsAreNotNone(t *testing.T) {
	c, p := csdLoadExample(t)
	p.Ports, p.DataStores, p.DataFlows = nil, nil, nil
	p.Versions = p.Versions[:1] // no version changes that add ports, stores or flows
	file := p.Source.File

	p.Source = content.SourceOfText(file, []byte("id = \"halcyon-lvp7\"\n"))
	unstated := renderExample(t, c, p)
	p.Source = content.SourceOfText(file, []byte("ports = []\ndata_stores = []\ndata_flows = []\n"))
	none := renderExample(t, c, p)

	for _, tc := range []struct {
		head                   string
		whenUnstated, whenNone string
	}{
		{"### 3.2 Network ports", "the product's parts open or connect to are not stated.", "opens no network port and connects to none."},
		{"### 3.3 Firewall rules for the parts on the hospital network", "No firewall rules are given: the network ports", "uses no network port: block all traffic to and from it."},
		// the example's MDS2 form answers MPII-2.x and STCF-1: 2.2 gives them
		{"### 2.2 Data at rest", "is not stated beyond the MDS2 form's answers about the device:", "keeps no data at rest."},
		// no flow written, but interfaces whose carries lists PHI: named, with their protection not stated, never "none"
		{"### 2.1 Data in transit", "No data flows are listed, so the protection of data in transit is not given flow by flow. Interfaces listed as carrying PHI or PII:", "no data moves between"},
	} {
		u, n := csdSection(t, unstated, tc.head), csdSection(t, none, tc.head)
		if !strings.Contains(u, tc.whenUnstated) || strings.Contains(u, tc.whenNone) {
			t.Errorf("%s, not written: want %q, not %q:\n%s", tc.head, tc.whenUnstated, tc.whenNone, u)
		}
		if !strings.Contains(n, tc.whenNone) || strings.Contains(n, tc.whenUnstated) {
			t.Errorf("%s, written empty: want %q, not %q:\n%s", tc.head, tc.whenNone, tc.whenUnstated, n)
		}
	}
	summary := func(md string) string {
		return csdSection(t, md, "## Key facts for the network and biomedical engineering teams")
	}
	if s := summary(unstated); !strings.Contains(s, "| Ports listening on the hospital network as shipped | Not stated |") ||
		!strings.Contains(s, "| Connections opened from the hospital network as shipped | Not stated |") {
		t.Errorf("summary, not written: want \"Not stated\" for ports and connections:\n%s", s)
	}
	if s := summary(none); !strings.Contains(s, "| Ports listening on the hospital network as shipped | None |") {
		t.Errorf("summary, written empty: want \"None\":\n%s", s)
	}
}

// TestCSDSummaryFollowsMDS2: the summary's anti-malware and remote-access
// rows say what the manufacturer answered in the MDS2 form (MLDP-2,
// MLDP-2.1, RMOT-1) when the form is built, so the two documents agree;
// without an answer, or without the form, they fall back to the
// recommended control (said as the customer's control, by its ID: its
// title is no answer) and the remote-service text, else "Not stated".
func TestCSDSummaryFollowsMDS2(t *testing.T) {
	p, render, withForm, withoutForm := summaryExample(t)
	row := func(answers map[string]content.MDS2Answer, remote string, built kind.Built, name string) string {
		t.Helper()
		p.MDS2.Answers, p.Deployment.RemoteService = answers, remote
		l, ok := lineStarting(render(built), "| "+name+" |")
		if !ok {
			t.Fatalf("no summary row %q", name)
		}
		return l
	}
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "No", Note: 4}
	const am, rm = "Anti-malware", "Remote access by the manufacturer"
	for _, tc := range []struct {
		name    string
		answers map[string]content.MDS2Answer
		remote  string
		built   kind.Built
		row     string
		want    string
	}{
		{"MLDP-2 yes, MLDP-2.1 no", map[string]content.MDS2Answer{"MLDP-2": yes, "MLDP-2.1": no}, "", withForm, am,
			"| Anti-malware | Supported, not installed as delivered | MDS2 form, MLDP-2. Do not install anti-malware on the pump; protect the Connect server. ["},
		{"MLDP-2 yes alone", map[string]content.MDS2Answer{"MLDP-2": yes}, "", withForm, am, "| Anti-malware | Supported | MDS2 form, MLDP-2. "},
		{"MLDP-2 no with its note", map[string]content.MDS2Answer{"MLDP-2": no}, "", withForm, am, "| Anti-malware | Not supported | MDS2 form, MLDP-2, note 4. "},
		{"no answer: the recommended control", nil, "", withForm, am, "| Anti-malware | A control recommended to the hospital (RC-05) | Do not install anti-malware on the pump; protect the Connect server. ["},
		{"an answer but no form: the recommended control", map[string]content.MDS2Answer{"MLDP-2": yes}, "", withoutForm, am, "| Anti-malware | A control recommended to the hospital (RC-05) | Do not install anti-malware on the pump; protect the Connect server. ["},
		{"RMOT-1 yes without text", map[string]content.MDS2Answer{"RMOT-1": yes}, "", withForm, rm, "| Remote access by the manufacturer | Yes | MDS2 form, RMOT-1. |"},
		{"RMOT-1 no with its note and text", map[string]content.MDS2Answer{"RMOT-1": no}, "None.", withForm, rm, "| Remote access by the manufacturer | No | MDS2 form, RMOT-1, note 4. None. |"},
		{"RMOT-1 see_note: the form's note, and the text", map[string]content.MDS2Answer{"RMOT-1": {Answer: "see_note", Note: 4}}, "Only on site.", withForm, rm, "| Remote access by the manufacturer | See the MDS2 form | MDS2 form, RMOT-1, note 4. Only on site. |"},
		{"RMOT-1 See Note without text: stated in the form, not 'not stated'", map[string]content.MDS2Answer{"RMOT-1": {Answer: "See Note", Note: 3}}, "", withForm, rm, "| Remote access by the manufacturer | See the MDS2 form | MDS2 form, RMOT-1, note 3. |"},
		{"RMOT-1 see_note but no form: the text", map[string]content.MDS2Answer{"RMOT-1": {Answer: "see_note", Note: 4}}, "Only on site.", withoutForm, rm, "| Remote access by the manufacturer | See details | Only on site. |"},
		{"MLDP-2 See Note", map[string]content.MDS2Answer{"MLDP-2": {Answer: "See Note", Note: 1}}, "", withForm, am, "| Anti-malware | See the MDS2 form | MDS2 form, MLDP-2, note 1. "},
		// A hand form's note beside a blank answer (MLDP-2 = { note = 2 }):
		// no answer, so not stated, but the note is cited, as the form shows it.
		{"MLDP-2 a note beside a blank answer", map[string]content.MDS2Answer{"MLDP-2": {Note: 2}}, "", withForm, am, "| Anti-malware | A control recommended to the hospital (RC-05) | MDS2 form, MLDP-2: no answer, only note 2. Do not"},
		{"RMOT-1 a note beside a blank answer", map[string]content.MDS2Answer{"RMOT-1": {Note: 6}}, "", withForm, rm, "| Remote access by the manufacturer | Not stated | MDS2 form, RMOT-1: no answer, only note 6. |"},
		{"RMOT-1 a note beside a blank answer, no form", map[string]content.MDS2Answer{"RMOT-1": {Note: 6}}, "", withoutForm, rm, "| Remote access by the manufacturer | Not stated |  |"},
		{"no answer, no text", nil, "", withForm, rm, "| Remote access by the manufacturer | Not stated |  |"},
		{"an answer but no form: not stated", map[string]content.MDS2Answer{"RMOT-1": no}, "", withoutForm, rm, "| Remote access by the manufacturer | Not stated |  |"},
	} {
		if got := row(tc.answers, tc.remote, tc.built, tc.row); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s:\n got %s\nwant %s…", tc.name, got, tc.want)
		}
	}
}

// TestCSDSummaryInternetFollowsMDS2: where the product data does not
// decide whether the product needs the internet or a cloud service (no
// cloud.services listed), the summary says what the manufacturer answered
// to CONN-6 in the MDS2 form built with it, as an imported hand-filled form
// states it, instead of "Not stated" beside a form that answers it; the
// listed services still decide where they do, and without a form or an
// answer the row stays as it was.
func TestCSDSummaryInternetFollowsMDS2(t *testing.T) {
	p, render, withForm, withoutForm := summaryExample(t)
	required := content.CloudService{Name: "Dose service", Provider: "Meridian", Required: content.TriOf(true)}
	unknown := content.CloudService{Name: "Dose service", Provider: "Meridian"}
	// cloud.services not written: the list is not stated.
	p.Source = content.SourceOfText(p.Source.File, []byte("id = \"halcyon-lvp7\"\n"))
	for _, tc := range []struct {
		name  string
		conn6 *content.MDS2Answer
		cloud content.Cloud
		built kind.Built
		want  string
	}{
		{"no services, CONN-6 No with its note", &content.MDS2Answer{Answer: "no", Note: 11}, content.Cloud{}, withForm,
			// the pump's fleet-reporting port, off as shipped, still reaches
			// the manufacturer's domain once enabled (content.OutsideReach)
			"| Needs the internet or a cloud service | Not for its intended use; once enabled it connects to fleet.meridian-infusion.example (443/TCP, HTTPS (fleet reporting)) | MDS2 form, CONN-6, note 11. ["},
		{"no services, CONN-6 Yes", &content.MDS2Answer{Answer: "Yes"}, content.Cloud{}, withForm,
			"| Needs the internet or a cloud service | Yes | MDS2 form, CONN-6. ["},
		{"no services, CONN-6 See Note", &content.MDS2Answer{Answer: "see_note", Note: 2}, content.Cloud{}, withForm,
			"| Needs the internet or a cloud service | See the MDS2 form | MDS2 form, CONN-6, note 2. ["},
		{"the answer before the statement", &content.MDS2Answer{Answer: "no"}, content.Cloud{Statement: "Nothing outside."}, withForm,
			"| Needs the internet or a cloud service | Not for its intended use; once enabled it connects to fleet.meridian-infusion.example (443/TCP, HTTPS (fleet reporting)) | MDS2 form, CONN-6. ["},
		{"a service whose required is not stated: the answer", &content.MDS2Answer{Answer: "yes"}, content.Cloud{Statement: "x", Services: []content.CloudService{unknown}}, withForm,
			"| Needs the internet or a cloud service | Yes | MDS2 form, CONN-6. ["},
		{"a required service decides, not the answer", &content.MDS2Answer{Answer: "no", Note: 11}, content.Cloud{Services: []content.CloudService{required}}, withForm,
			"| Needs the internet or a cloud service | Yes | ["},
		// N/A is the form's answer too: said as not applicable and cited,
		// with the reason the form gives.
		{"CONN-6 N/A: not applicable, cited", &content.MDS2Answer{Answer: "na"}, content.Cloud{}, withForm,
			"| Needs the internet or a cloud service | Not applicable | MDS2 form, CONN-6. ["},
		{"CONN-6 N/A with its reason", &content.MDS2Answer{Answer: "N/A", Reason: "it joins no network"}, content.Cloud{}, withForm,
			"| Needs the internet or a cloud service | Not applicable | MDS2 form, CONN-6: it joins no network. ["},
		{"CONN-6 N/A but no form: not stated", &content.MDS2Answer{Answer: "na", Reason: "it joins no network"}, content.Cloud{}, withoutForm,
			"| Needs the internet or a cloud service | Not stated whether needed; once enabled it connects to fleet.meridian-infusion.example (443/TCP, HTTPS (fleet reporting)) | ["},
		// The note is the manufacturer's word on CONN-6, not an answer:
		// not stated, and the note cited so that the CSD does not pass over it.
		{"a note beside a blank answer: not stated, the note cited", &content.MDS2Answer{Note: 11}, content.Cloud{}, withForm,
			"| Needs the internet or a cloud service | Not stated whether needed; once enabled it connects to fleet.meridian-infusion.example (443/TCP, HTTPS (fleet reporting)) | MDS2 form, CONN-6: no answer, only note 11. ["},
		{"no answer: not stated", nil, content.Cloud{}, withForm,
			// not stated whether needed, but the port the same CSD lists to
			// the manufacturer's domain is named (content.Product.OutsideUse)
			"| Needs the internet or a cloud service | Not stated whether needed; once enabled it connects to fleet.meridian-infusion.example (443/TCP, HTTPS (fleet reporting)) | ["},
		{"no answer, a statement: see details", nil, content.Cloud{Statement: "Nothing outside."}, withForm,
			"| Needs the internet or a cloud service | See details | ["},
		{"an answer but no form: not stated", &content.MDS2Answer{Answer: "no"}, content.Cloud{}, withoutForm,
			"| Needs the internet or a cloud service | Not stated whether needed; once enabled it connects to fleet.meridian-infusion.example (443/TCP, HTTPS (fleet reporting)) | ["},
	} {
		p.Cloud, p.MDS2.Answers = tc.cloud, nil
		if tc.conn6 != nil {
			p.MDS2.Answers = map[string]content.MDS2Answer{"CONN-6": *tc.conn6}
		}
		got, _ := lineStarting(render(tc.built), "| Needs the internet or a cloud service |")
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s:\n got %s\nwant %s…", tc.name, got, tc.want)
		}
	}
}

// TestCSDSummarySIEMFollowsMDS2: where logging.siem.supported is not
// stated, the SIEM key fact and 12.1 say what the MDS2 form built with the
// CSD answers about exporting audit logs (as an imported hand-filled form
// gives them) instead of "Not stated" with nothing beside it. Only a Yes
// to AUDT-5.2 (sent to a SIEM by IHE ATNA) and a No to AUDT-5 (no export
// at all) decide the key fact, each said as the form says it and cited
// with its note; a Yes to exporting, a No to IHE ATNA alone, an N/A or a
// note beside a blank answer leave it not stated, with the form's answers
// listed (never turned into No). Stated facts decide; without the form,
// or with no AUDT-5 answer, the row is as it was.
func TestCSDSummarySIEMFollowsMDS2(t *testing.T) {
	p, render, withForm, withoutForm := summaryExample(t)
	yes, no, na := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "No"}, content.MDS2Answer{Answer: "na"}
	notStated, stated := content.SIEM{}, content.SIEM{Supported: content.TriOf(false)}
	const unstated = "Whether the device forwards events to a SIEM or log collector is not stated."
	for _, tc := range []struct {
		name    string
		answers map[string]content.MDS2Answer
		siem    content.SIEM
		built   kind.Built
		row     string // the key fact's row, up to the link to 12
		section string // 12.1's first paragraph
	}{
		{"AUDT-5.2 Yes: sent to a SIEM", map[string]content.MDS2Answer{"AUDT-5": yes, "AUDT-5.2": yes}, notStated, withForm,
			"| Security logging to a SIEM | Yes, by IHE ATNA | MDS2 form, AUDT-5.2. [",
			"The MDS2 form answers that the device's audit logs can be sent to a SIEM by the IHE ATNA profile (AUDT-5.2); the message format, transport and configuration are not stated here."},
		{"AUDT-5.2 Yes with its note", map[string]content.MDS2Answer{"AUDT-5": yes, "AUDT-5.2": {Answer: "Yes", Note: 3}}, notStated, withForm,
			"| Security logging to a SIEM | Yes, by IHE ATNA | MDS2 form, AUDT-5.2, note 3. [",
			"The MDS2 form answers that the device's audit logs can be sent to a SIEM by the IHE ATNA profile (AUDT-5.2, note 3);"},
		{"AUDT-5 No: no export at all", map[string]content.MDS2Answer{"AUDT-5": no, "AUDT-5.2": na}, notStated, withForm,
			"| Security logging to a SIEM | Audit logs cannot be exported | MDS2 form, AUDT-5. [",
			"The MDS2 form answers that the device's audit logs cannot be exported (AUDT-5); whether it forwards other events to a SIEM or log collector is not stated."},
		{"export by other means is not a SIEM", map[string]content.MDS2Answer{"AUDT-5": yes, "AUDT-5.2": no, "AUDT-5.3": yes}, notStated, withForm,
			"| Security logging to a SIEM | Not stated | MDS2 form: AUDT-5 (export) Yes, AUDT-5.2 (to a SIEM by IHE ATNA) No, AUDT-5.3 (by other means) Yes. [",
			unstated + " The MDS2 form's answers about exporting audit logs: AUDT-5 (export) Yes, AUDT-5.2 (to a SIEM by IHE ATNA) No, AUDT-5.3 (by other means) Yes."},
		{"export alone is not a SIEM", map[string]content.MDS2Answer{"AUDT-5": yes}, notStated, withForm,
			"| Security logging to a SIEM | Not stated | MDS2 form: AUDT-5 (export) Yes. [", unstated + " The MDS2 form's answers"},
		{"AUDT-5.2 N/A is not No", map[string]content.MDS2Answer{"AUDT-5.2": na}, notStated, withForm,
			"| Security logging to a SIEM | Not stated | MDS2 form: AUDT-5.2 (to a SIEM by IHE ATNA) N/A. [", unstated},
		{"a note beside a blank answer is not No", map[string]content.MDS2Answer{"AUDT-5": {Note: 2}}, notStated, withForm,
			"| Security logging to a SIEM | Not stated | MDS2 form: AUDT-5 (export) not answered, note 2. [", unstated},
		{"AUDT-5.2 See Note", map[string]content.MDS2Answer{"AUDT-5": yes, "AUDT-5.2": {Answer: "see_note", Note: 4}}, notStated, withForm,
			"| Security logging to a SIEM | See the MDS2 form | MDS2 form: AUDT-5 (export) Yes, AUDT-5.2 (to a SIEM by IHE ATNA) See Note, note 4. [",
			unstated + " The MDS2 form's answers about exporting audit logs: AUDT-5 (export) Yes, AUDT-5.2 (to a SIEM by IHE ATNA) See Note, note 4 (see its notes)."},
		{"AUDT-1 alone decides nothing", map[string]content.MDS2Answer{"AUDT-1": yes}, notStated, withForm,
			"| Security logging to a SIEM | Not stated | [", unstated},
		{"the stated fact decides", map[string]content.MDS2Answer{"AUDT-5": no}, stated, withForm,
			"| Security logging to a SIEM | No | [", "The device does not forward events to a SIEM or log collector."},
		{"an answer but no form: not stated", map[string]content.MDS2Answer{"AUDT-5.2": yes}, notStated, withoutForm,
			"| Security logging to a SIEM | Not stated | [", unstated},
	} {
		p.Logging.SIEM, p.MDS2.Answers = tc.siem, tc.answers
		md := render(tc.built)
		row, _ := lineStarting(md, "| Security logging to a SIEM |")
		section := ""
		lines := strings.Split(md, "\n")
		for i, l := range lines {
			if l == "### 12.1 SIEM and log collector integration" && i+2 < len(lines) {
				section = lines[i+2]
			}
		}
		if !strings.HasPrefix(row, tc.row) {
			t.Errorf("%s: key fact\n got %s\nwant %s…", tc.name, row, tc.row)
		}
		if !strings.HasPrefix(section, tc.section) {
			t.Errorf("%s: 12.1\n got %s\nwant %s…", tc.name, section, tc.section)
		}
	}
}

// TestCSDUnstatedVulnerabilitiesAreNotNone: a product file that writes
// neither vulnerabilities nor vex has not said that no vulnerability is
// known; written empty, it has.
func TestCSDUnstatedVulnerabilitiesAreNotNone(t *testing.T) {
	c, p := csdLoadExample(t)
	p.Vulns, p.VEX = nil, content.VEXFiles{}
	file := p.Source.File
	const head = "### 5.5 Known vulnerabilities and their status"
	for _, tc := range []struct{ src, want, never string }{
		{"id = \"halcyon-lvp7\"\n", "Known vulnerabilities in the components of version 4.2.1 are not stated", "records no known vulnerability"},
		{"vulnerabilities = []\n", "On 16 February 2026 the product data records no known vulnerability in the components of version 4.2.1.", "are not stated"},
	} {
		p.Source = content.SourceOfText(file, []byte(tc.src))
		sec := csdSection(t, renderExample(t, c, p), head)
		if !strings.Contains(sec, tc.want) || strings.Contains(sec, tc.never) {
			t.Errorf("%q: want %q, not %q:\n%s", tc.src, tc.want, tc.never, sec)
		}
	}
}

// TestCSDNoPartOnTheCustomerNetwork: a product none of whose parts has a
// port on the customer's network (a cloud service alone, or with an app on
// patients' phones) has nothing there to isolate: section 3.3 says so and
// gives no final deny rule, whether it has one part or several; with a
// part there (the gateway), the rules isolate it as before. It never says
// that no part of the product is on the hospital network or connects
// there: the hospital's own systems the flows link to the cloud (its
// identity provider, its workstations) are named with their flows, and a
// flow that names no interface is said to have no stated connection.
func TestCSDNoPartOnTheCustomerNetwork(t *testing.T) {
	const cloudHead = "### 3.3 Firewall rules for reaching the manufacturer's services"
	const links = "The product exchanges data with these systems on the hospital network (see [2.1 Data in transit](#2-1-data-in-transit)): Clinical workstations (DF-03) and Hospital identity provider (DF-04)."
	const unrouted = "DF-04 names no interface: which connection carries it, and whether it needs a rule, is not stated."
	for _, tc := range []struct {
		name  string
		parts []string // the parts of Dosewise kept
		head  string
		cloud bool   // no part on the customer network
		says  string // the hospital's own systems it names, if any
	}{
		{"cloud only", []string{"cloud"}, cloudHead, true, ""},
		{"cloud and the hospital's own systems", []string{"cloud", "idp", "workstation"}, cloudHead, true, links},
		{"with the gateway", []string{"gateway", "cloud", "idp", "workstation"}, "### 3.3 Firewall rules for the parts on the hospital network", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p := dosewiseWithParts(t, c, tc.parts)
			sec := csdSection(t, renderExample(t, c, p), tc.head)
			if got := strings.Contains(sec, "| Deny, log | Any | Any |"); got == tc.cloud {
				t.Errorf("deny rule shown %v; want %v:\n%s", got, !tc.cloud, sec)
			}
			if got := strings.Contains(sec, "no deny rule is given, as no port of the product listens there"); got != tc.cloud {
				t.Errorf("says nothing to isolate %v; want %v:\n%s", got, tc.cloud, sec)
			}
			for _, s := range []string{links, unrouted} {
				if want := tc.says != ""; strings.Contains(sec, s) != want {
					t.Errorf("says %q %v; want %v:\n%s", s, !want, want, sec)
				}
			}
			if tc.says != "" && strings.Contains(sec, "No part of the product listens or connects") {
				t.Errorf("says no part of the product is on the hospital network, beside its parts there:\n%s", sec)
			}
			if tc.cloud && strings.Contains(sec, "deny the rest") {
				t.Errorf("tells the hospital to deny the rest around parts it does not hold:\n%s", sec)
			}
		})
	}
}

// TestCSDFirewallWithoutRules: with no port stated there are no rules,
// and the section says why without an introduction to rules "below" and
// a "deny the rest" that would read as deny-all; the contact table says
// "Not stated" where the site gives no way to reach the security contact.
func TestCSDFirewallWithoutRules(t *testing.T) {
	c, p := csdLoadExample(t)
	p.Ports = nil
	p.Source = content.SourceOfText(p.Source.File, []byte("id = \"halcyon-lvp7\"\n"))
	c.Site.Manufacturer.SecurityContact.Email, c.Site.Manufacturer.SecurityContact.Phone, c.Site.Manufacturer.SecurityContact.URL = "", "", ""
	md := renderExample(t, c, p)
	i := strings.Index(md, "\n### 3.3 ")
	if i < 0 {
		t.Fatal("no section 3.3")
	}
	sec := csdSection(t, md, strings.SplitN(md[i+1:], "\n", 2)[0])
	if !strings.Contains(sec, "No firewall rules are given: the network ports the product's parts use are not stated.") {
		t.Errorf("3.3 does not say why there are no rules:\n%s", sec)
	}
	kindtest.SaysNoneBecause(t, "3.3", sec, "over no rules", "The allow rules below", "deny the rest")
	if !strings.Contains(md, "| Report a suspected vulnerability | ") || !strings.Contains(md, " | Not stated |\n| Product security incident response |") {
		t.Errorf("the contact table does not say the security contact's details are not stated")
	}
}

// summaryExample is the example's product for the key-facts tests, a
// renderer of its CSD as it then is, and what is built beside it: with
// the MDS2 form and without.
func summaryExample(t *testing.T) (p *content.Product, render func(kind.Built) string, withForm, withoutForm kind.Built) {
	t.Helper()
	c, p := csdLoadExample(t)
	env, kp := csdContext(c, p)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	withForm = kindtest.Built(kp)
	withoutForm = withForm
	withoutForm.MDS2 = false
	return p, func(built kind.Built) string { return kindtest.RenderBuilt(t, env, kp, prep.Documents[0], built) }, withForm, withoutForm
}

// lineStarting is md's only line that starts with prefix; false when no
// line or more than one does.
func lineStarting(md, prefix string) (string, bool) {
	found, n := "", 0
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, prefix) {
			found, n = l, n+1
		}
	}
	return found, n == 1
}

// dosewiseWithParts is the example's Dosewise with only the parts named
// (of gateway, cloud, idp and workstation), with their interfaces and
// ports, and the data flows whose ends are kept parts or outside systems.
func dosewiseWithParts(t *testing.T, c *content.Content, parts []string) *content.Product {
	t.Helper()
	kp, _ := kindtest.Product(t, c, "dosewise")
	p := kp.Product
	keep := func(part string) bool { return slices.Contains(parts, part) }
	p.Parts = slices.DeleteFunc(slices.Clone(p.Parts), func(pt content.Part) bool { return !keep(pt.ID) })
	p.Interfaces = slices.DeleteFunc(slices.Clone(p.Interfaces), func(i content.Interface) bool { return !keep(i.Part) })
	p.Ports = slices.DeleteFunc(slices.Clone(p.Ports), func(pt content.Port) bool { return !keep(pt.Part) })
	p.DataFlows = slices.DeleteFunc(slices.Clone(p.DataFlows), func(d content.DataFlow) bool {
		return (p.Part(d.From).ID != "" && !keep(d.From)) || (p.Part(d.To).ID != "" && !keep(d.To))
	})
	return p
}
