package csd

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDLogsSayWhatTheDataStates: where logging.events and logging.logs
// are not written, 7 and 12 said "not stated" beside a data store holding
// the logs (section 2.2) and an MDS2 form answering AUDT-1 and AUDT-2.x
// Yes (the surgical robot's gateway). They now name the stores that hold
// logs (with their part, location and retention in 12) and, when the form
// is built, the form's own answers, cited; with neither, they stay not
// stated, and written empty, they stay "none". A store of logs is named
// as a store whose logs' content is not stated, never as the one that
// keeps the security logs: it may hold a usage log (the hearing aids').
func TestCSDLogsSayWhatTheDataStates(t *testing.T) {
	p, render, withForm, withoutForm := summaryExample(t)
	stores := p.DataStores
	noLogStores := slices.Clone(stores)
	for i := range noLogStores {
		noLogStores[i].Data = slices.DeleteFunc(slices.Clone(noLogStores[i].Data), func(k content.DataKind) bool { return k == "logs" })
	}
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	robot := map[string]content.MDS2Answer{"AUDT-1": yes, "AUDT-2": yes, "AUDT-2.1": yes, "AUDT-2.2": yes, "AUDT-2.3": no, "AUDT-2.8.1": yes, "AUDT-2.9": {Answer: "no", Note: 5}, "AUDT-2.10": yes}
	none := map[string]content.MDS2Answer{"AUDT-1": no, "AUDT-2": no, "AUDT-2.1": no}
	const (
		unstated7  = "Which security events the device records is not stated."
		unstated12 = "Which logs the device keeps is not stated."
		none7      = "The device records no security events."
		none12     = "The device keeps no log with security-relevant records."
	)
	file := p.Source.File
	for _, tc := range []struct {
		name      string
		src       string
		stores    []content.DataStore
		answers   map[string]content.MDS2Answer
		form      bool
		in7, in12 []string
		never     []string
	}{
		{"a store holds logs and the form answers", "id = \"x\"\n", stores, robot, true,
			[]string{"Which security events the device records is not stated beyond the MDS2 form's answers: its audit log records successful logins and logouts (AUDT-2.1), unsuccessful login and logout attempts (AUDT-2.2), local and remote service or support sessions (AUDT-2.8.1) and other events than those the form asks about (AUDT-2.10; which ones is not stated); it does not record changes to user privileges (AUDT-2.3) or the use of emergency break-glass access (AUDT-2.9, note 5). The data store Event log holds logs whose content is not stated (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence)).\n"},
			[]string{"Which logs the device keeps for security purposes is not stated beyond the MDS2 form's answer that it keeps its own audit log of user and system activity (AUDT-1). The form's answers about the security events recorded are in [7. Security events and notification](#7-security-events-and-notification). The data store below holds logs (see [2.2 Data at rest](#2-2-data-at-rest)); what they record, and their format, are not stated.\n",
				"| Data store | Part | Location | Retention |", "| Event log | Halcyon LVP-7 pump (on the device) | SQLite database on the encrypted data partition (eMMC) | 120 days or 60,000 events"},
			[]string{unstated7, unstated12, "keeps logs in"}},
		{"a store holds logs, no form", "id = \"x\"\n", stores, robot, false,
			[]string{"Which security events the device records is not stated. The data store Event log holds logs whose content is not stated (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence)).\n"},
			[]string{"Which logs the device keeps for security purposes is not stated. The data store below holds logs (see [2.2 Data at rest](#2-2-data-at-rest)); what they record, and their format, are not stated.\n", "| Event log |"},
			[]string{"keeps logs in", unstated12, "AUDT-"}},
		{"no store, the form says no audit log", "id = \"x\"\n", noLogStores, none, true,
			[]string{"Which security events the device records is not stated beyond the MDS2 form's answers: it keeps no audit log of its own (AUDT-1); it writes no security-relevant events to an audit log (AUDT-2).\n"},
			[]string{"Which logs the device keeps is not stated beyond the MDS2 form's answer that it keeps no audit log of its own (AUDT-1)."},
			[]string{unstated7, unstated12, "does not record", "| Data store | Part | Location |"}},
		{"nothing stated anywhere: stays not stated", "id = \"x\"\n", noLogStores, nil, true,
			[]string{unstated7}, []string{unstated12}, []string{"holds logs", "for security purposes", "MDS2 form's answer"}},
		{"an answer but no form: stays not stated", "id = \"x\"\n", noLogStores, robot, false,
			[]string{unstated7}, []string{unstated12}, []string{"AUDT-2", "AUDT-1"}},
		{"written empty: stays none", "[logging]\nevents = []\nlogs = []\n", stores, robot, true,
			[]string{none7}, []string{none12}, []string{"holds logs", "for security purposes", "AUDT-2.1", "is not stated beyond"}},
	} {
		p.Logging.Events, p.Logging.Logs, p.Logging.SIEM = nil, nil, content.SIEM{}
		p.Source = content.SourceOfText(file, []byte(tc.src))
		p.DataStores, p.MDS2.Answers = tc.stores, tc.answers
		built := withoutForm
		if tc.form {
			built = withForm
		}
		md := render(built)
		s7 := csdSection(t, md, "## 7. Security events and notification")
		s12 := csdSection(t, md, "## 12. Logs and forensic evidence")
		s12 = s12[:strings.Index(s12, "### 12.1")]
		kindtest.SaysAll(t, tc.name+": 7", s7, tc.in7...)
		kindtest.SaysAll(t, tc.name+": 12", s12, tc.in12...)
		kindtest.SaysNone(t, tc.name+": 7 and 12", s7+s12, tc.never...)
	}
}

// TestCSDSIEMSaysWhatTheAuditAnswersSay: the SIEM key fact and 12.1 read
// AUDT-1 No as "keeps no audit log" (they said "Audit logs cannot be
// exported", presupposing a log the anaesthesia workstation does not
// keep), and AUDT-5.2 and AUDT-5.3 both No as "cannot be sent to a SIEM"
// (they said "Not stated"; with AUDT-5.1 Yes, physical media is the only
// way out). A Yes to AUDT-1 leaves AUDT-5 No as it was; AUDT-5.3 Yes
// alone still decides nothing.
func TestCSDSIEMSaysWhatTheAuditAnswersSay(t *testing.T) {
	p, render, withForm, _ := summaryExample(t)
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "No"}
	for _, tc := range []struct {
		name    string
		answers map[string]content.MDS2Answer
		row     string
		section string
		never   string
	}{
		{"AUDT-1 No: no audit log", map[string]content.MDS2Answer{"AUDT-1": no, "AUDT-5": no}, "| Security logging to a SIEM | The device keeps no audit log of its own | MDS2 form, AUDT-1. [",
			"The MDS2 form answers that the device keeps no audit log of its own (AUDT-1); whether it forwards any events to a SIEM or log collector is not stated.", "cannot be exported"},
		{"AUDT-1 No with its note", map[string]content.MDS2Answer{"AUDT-1": {Answer: "no", Note: 2}}, "| Security logging to a SIEM | The device keeps no audit log of its own | MDS2 form, AUDT-1, note 2. [",
			"The MDS2 form answers that the device keeps no audit log of its own (AUDT-1, note 2);", "audit logs"},
		{"AUDT-1 Yes, AUDT-5 No: stays", map[string]content.MDS2Answer{"AUDT-1": yes, "AUDT-5": no}, "| Security logging to a SIEM | Audit logs cannot be exported | MDS2 form, AUDT-5. [",
			"The MDS2 form answers that the device's audit logs cannot be exported (AUDT-5); whether it forwards other events", "no audit log"},
		{"AUDT-5.2 and 5.3 No, 5.1 Yes", map[string]content.MDS2Answer{"AUDT-5": yes, "AUDT-5.1": yes, "AUDT-5.2": no, "AUDT-5.3": no},
			"| Security logging to a SIEM | Audit logs cannot be sent to a SIEM, only exported to physical media | MDS2 form, AUDT-5.1, AUDT-5.2, AUDT-5.3. [",
			"The MDS2 form answers that the device's audit logs can be exported only to physical media, not sent to a SIEM by the IHE ATNA profile or by other means such as syslog (AUDT-5.1, AUDT-5.2, AUDT-5.3); whether it forwards other events to a SIEM or log collector is not stated.", "Not stated"},
		{"AUDT-5.2 and 5.3 No, with a note", map[string]content.MDS2Answer{"AUDT-5.2": {Answer: "no", Note: 3}, "AUDT-5.3": no},
			"| Security logging to a SIEM | Audit logs cannot be sent to a SIEM | MDS2 form, AUDT-5.2 (note 3), AUDT-5.3. [",
			"The MDS2 form answers that the device's audit logs cannot be sent to a SIEM, by the IHE ATNA profile or by other means such as syslog (AUDT-5.2 (note 3), AUDT-5.3);", "physical media"},
		{"AUDT-5.3 Yes: stays not stated", map[string]content.MDS2Answer{"AUDT-5.2": no, "AUDT-5.3": yes},
			"| Security logging to a SIEM | Not stated | MDS2 form: AUDT-5.2 (to a SIEM by IHE ATNA) No, AUDT-5.3 (by other means) Yes. [",
			"Whether the device forwards events to a SIEM or log collector is not stated.", "cannot be sent"},
	} {
		p.Logging.SIEM, p.MDS2.Answers = content.SIEM{}, tc.answers
		md := render(withForm)
		row, _ := lineStarting(md, "| Security logging to a SIEM |")
		sec := csdSection(t, md, "### 12.1 SIEM and log collector integration")
		if !strings.HasPrefix(row, tc.row) {
			t.Errorf("%s: key fact\n got %s\nwant %s…", tc.name, row, tc.row)
		}
		if !strings.HasPrefix(strings.TrimSpace(sec), tc.section) {
			t.Errorf("%s: 12.1\n got %s\nwant %s…", tc.name, strings.TrimSpace(sec), tc.section)
		}
		kindtest.SaysNone(t, tc.name, row+sec, tc.never)
	}
}

// TestCSDVEXOfAnotherVersionIsInTheProductsFolder: an older version's
// CSD (in <id>/<version>/) said its VEX files were published beside it
// while linking them in the folder above; it says where they are, as the
// SBOM paragraph does. The current version's CSD still says beside it.
func TestCSDVEXOfAnotherVersionIsInTheProductsFolder(t *testing.T) {
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	seen := map[string]bool{}
	for _, doc := range prep.Documents {
		md := kindtest.Render(t, env, kp, doc)
		v := doc.About
		seen[v] = true
		switch v {
		case "4.1.0":
			kindtest.SaysAll(t, "the CSD of 4.1.0", md, "The VEX files published in the product's folder, [vex-4.1.0.cdx.json](../vex-4.1.0.cdx.json)")
			kindtest.SaysNone(t, "the CSD of 4.1.0", md, "published beside this document, [vex")
		case "4.2.1":
			kindtest.SaysAll(t, "the CSD of 4.2.1", md, "The VEX files published beside this document, [vex-4.2.1.cdx.json](vex-4.2.1.cdx.json)")
			kindtest.SaysNone(t, "the CSD of 4.2.1", md, "in the product's folder, [vex")
		}
	}
	if !seen["4.1.0"] || !seen["4.2.1"] {
		t.Fatalf("want CSDs of 4.1.0 and 4.2.1, got %v", seen)
	}
}

// TestCSDCustomerLinksNeedNoArticle: the systems on the customer's
// network that the flows link to a cloud product are named by the user
// ("Clinic web browser", "the hospital's PACS"), so the sentence names
// them after a colon, where no article is needed: it read "exchanges data
// with Clinic web browser (DF-04)". One system is "this system", several
// "these systems"; a product with a part on the hospital network says
// neither.
func TestCSDCustomerLinksNeedNoArticle(t *testing.T) {
	const cloudHead = "### 3.3 Firewall rules for reaching the manufacturer's services"
	for _, tc := range []struct {
		name  string
		parts []string
		head  string
		want  string
	}{
		{"one system", []string{"cloud", "workstation"}, cloudHead,
			"The product exchanges data with this system on the hospital network (see [2.1 Data in transit](#2-1-data-in-transit)): Clinical workstations (DF-03)."},
		{"two systems", []string{"cloud", "idp", "workstation"}, cloudHead,
			"The product exchanges data with these systems on the hospital network (see [2.1 Data in transit](#2-1-data-in-transit)): Clinical workstations (DF-03) and Hospital identity provider (DF-04)."},
		{"a part on the hospital network: no such sentence", []string{"gateway", "cloud", "idp", "workstation"}, "### 3.3 Firewall rules for the parts on the hospital network", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p := dosewiseWithParts(t, c, tc.parts)
			sec := csdSection(t, renderExample(t, c, p), tc.head)
			if tc.want != "" {
				kindtest.SaysAll(t, "3.3", sec, tc.want)
			}
			kindtest.SaysNone(t, "3.3", sec, "exchanges data with Clinical", "exchanges data with Hospital")
			if tc.want == "" {
				kindtest.SaysNone(t, "3.3", sec, "exchanges data with")
			}
		})
	}
}
