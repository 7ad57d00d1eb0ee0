package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// documented: a product whose CSD prints its SBOM process, its logged
// events with their logs, each log's content and how a restored
// configuration is authenticated.
func documented(w *world) {
	w.p.Suppliers.SBOMProcess = "Every release build produces a CycloneDX SBOM."
	w.p.Logging.Logs = []content.Log{{ID: "audit", Name: "Audit log", Content: "Sign-ins, with the account and time.", Format: "JSON lines", Rotation: "30 days"}}
	w.p.Logging.Events = []content.SecurityEvent{{Event: "Failed sign-in", Category: "authentication", Notification: "screen", Logs: []string{"audit"}}}
	w.p.Backup.Authenticity = "Restored data comes only from the patient's own account over HTTPS."
}

// TestCheckPublishedDocs: a hand SBOM-4 No or N/A beside
// suppliers.sbom_process, AUDT-2.11 No beside logging.events each with a
// listed log, AUDT-4 No beside logging.logs, and DTBK-6 No beside
// backup.authenticity, without a note and where the CSD (or, for the
// SBOM process, the security plan) is built, warn that the form denies
// what the documents describe; a note, a Yes, the key not written, an
// event without a listed log, and no such document built do not.
func TestCheckPublishedDocs(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	noted := content.MDS2Answer{Answer: "no", Note: 4}
	const denies = ": without a note, the answer reads as denying what the documents published with it describe; "
	onlyForm := func(w *world) { documented(w); w.p.Documents.Build = []string{"mds2"} }
	tests := []againstDataCase{
		{"SBOM-4 No beside sbom_process", "SBOM-4", no, documented,
			"answer No, but suppliers.sbom_process (content/p.toml:1) is written, and the CSD and the security plan print it as how the SBOM is produced and kept current" + denies + "answer Yes if that process keeps the SBOM current"},
		{"SBOM-4 N/A beside sbom_process", "SBOM-4", content.MDS2Answer{Answer: "na", Reason: "No SBOM provided to customers"}, documented,
			"answer N/A, but suppliers.sbom_process"},
		{"SBOM-4 No, only the plan built", "SBOM-4", no, func(w *world) {
			documented(w)
			w.p.Documents.Build = []string{"mds2", "security_plan"}
		}, "is written, and the security plan prints it as"},
		{"SBOM-4 No with its note", "SBOM-4", noted, documented, ""},
		{"SBOM-4 Yes", "SBOM-4", content.MDS2Answer{Answer: "yes"}, documented, ""},
		{"SBOM-4 No, sbom_process not written", "SBOM-4", no, func(w *world) { documented(w); w.p.Suppliers.SBOMProcess = " " }, ""},
		{"SBOM-4 No, neither document built", "SBOM-4", no, onlyForm, ""},
		{"AUDT-2.11 No beside the logged events", "AUDT-2.11", no, documented,
			"answer No, but logging.events (content/p.toml:1) lists 1 security event, each with the log that records it, and logging.logs what each log records: the CSD prints both" + denies + "answer Yes and name the CSD's section in a note"},
		{"AUDT-2.11 No with its note", "AUDT-2.11", noted, documented, ""},
		{"AUDT-2.11 No, an event names no listed log", "AUDT-2.11", no, func(w *world) {
			documented(w)
			w.p.Logging.Events = append(w.p.Logging.Events, content.SecurityEvent{Event: "Tamper", Category: "physical", Notification: "screen"})
		}, ""},
		{"AUDT-2.11 No, no events", "AUDT-2.11", no, func(w *world) { documented(w); w.p.Logging.Events = nil }, ""},
		{"AUDT-2.11 No, CSD not built", "AUDT-2.11", no, onlyForm, ""},
		{"AUDT-4 No beside the logs' content", "AUDT-4", no, documented,
			"answer No, but logging.logs (content/p.toml:1) gives what each of its 1 log records (content), which the CSD prints" + denies + "answer Yes and name the CSD's section in a note, or say in a note what that list lacks ({ answer = \"no\", note = n })"},
		{"AUDT-4 No with its note", "AUDT-4", noted, documented, ""},
		{"AUDT-4 No, no logs", "AUDT-4", no, func(w *world) { documented(w); w.p.Logging.Logs = nil }, ""},
		{"AUDT-4 No, CSD not built", "AUDT-4", no, onlyForm, ""},
		{"DTBK-6 No beside backup.authenticity", "DTBK-6", no, documented,
			"answer No, but backup.authenticity (content/p.toml:1) is written, and the CSD's backup and restore section prints it as how a restored configuration is authenticated" + denies + "answer Yes if the device checks it"},
		{"DTBK-6 No with its note", "DTBK-6", noted, documented, ""},
		{"DTBK-6 Yes", "DTBK-6", content.MDS2Answer{Answer: "yes"}, documented, ""},
		{"DTBK-6 N/A", "DTBK-6", content.MDS2Answer{Answer: "na", Reason: "no backup"}, documented, ""},
		{"DTBK-6 No, authenticity not written", "DTBK-6", no, func(w *world) { documented(w); w.p.Backup.Authenticity = "" }, ""},
		{"DTBK-6 No, CSD not built", "DTBK-6", no, onlyForm, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			a, _ := mds2.ParseAnswer(tc.answer.Answer)
			r := &mds2Resolver{env: w.env(), p: kind.Product{Product: w.p}, facts: w.facts()}
			final := map[string]mds2.Answer{tc.id: a}
			givens := map[string]given{tc.id: {entry: tc.answer, answer: a, path: "mds2.answers." + tc.id}}
			r.checkPublishedDocs(final, givens)
			wantWarning(t, r.diags, tc.want)
		})
	}
}
