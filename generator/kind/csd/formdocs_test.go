package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDPointsToTheFormsLogAndScanDocs (REPORT-euonly 4): where the CSD
// does not itself state what the logs record, a Yes in the MDS2 form
// built beside it to AUDT-2.11 (documentation of the events logged and
// of each entry, section 7 where logging.events is not written, else 12)
// or AUDT-4 (the list of fields of each entry, section 12 where
// logging.logs is not written) says the documentation exists and whom to
// ask, as DOC-10's diagram does; a Yes to SAHD-13 does the same for the
// instructions for security scans in 11.1. A No, no answer, or a form not
// built says nothing; where the product data state the logs, nothing is
// pointed to for them.
func TestCSDPointsToTheFormsLogAndScanDocs(t *testing.T) {
	const (
		maker = "Corvane Diagnostics, Inc."
		ev    = "The MDS2 form answers that " + maker + " provides documentation describing in detail which events are logged and what each log entry contains (AUDT-2.11); it is not part of this document, so ask " + maker + " for it."
		fl    = "The MDS2 form answers that " + maker + " provides a list of the fields recorded in each audit log entry (AUDT-4); it is not part of this document, so ask " + maker + " for it."
		both  = "The MDS2 form answers that " + maker + " provides documentation describing in detail which events are logged and what each log entry contains (AUDT-2.11) and a list of the fields recorded in each audit log entry (AUDT-4); they are not part of this document, so ask " + maker + " for them."
		scan  = "The MDS2 form answers that " + maker + "'s documentation tells customers how to run security scans of the device on the hospital network (SAHD-13); those instructions are not part of this document, so ask " + maker + " for them."
		anyEv = "which events are logged and what each log entry contains (AUDT-2.11"
		anyFl = "fields recorded in each audit log entry (AUDT-4"
	)
	unstate := func(events, logs bool) func(p *content.Product) {
		return func(p *content.Product) {
			src := "id = \"corvane-ca600\"\n"
			if events {
				p.Logging.Events = nil
			} else {
				src += "[logging]\n[[logging.events]]\n"
			}
			if logs {
				p.Logging.Logs = nil
			}
			p.Source = content.SourceOfText(p.Source.File, []byte(src))
		}
	}
	with := func(edit func(p *content.Product), answers map[string]string) func(p *content.Product) {
		return func(p *content.Product) {
			edit(p)
			for id, a := range answers {
				p.MDS2.Answers[id] = content.MDS2Answer{Answer: a}
			}
		}
	}
	tests := []struct {
		name       string
		form       bool
		edit       func(p *content.Product)
		want, lack []string
	}{
		{"the fixture: its logs stated, SAHD-13 Yes", true, func(p *content.Product) {}, []string{scan}, []string{anyEv, anyFl}},
		{"events and logs not stated: 7 and 12 point each to its own", true, unstate(true, true), []string{ev, fl, scan}, []string{both}},
		{"events stated, logs not: 12 points to both", true, unstate(false, true), []string{both}, []string{ev, fl}},
		{"AUDT-2.11 and SAHD-13 No, AUDT-4 without an answer", true,
			with(unstate(true, true), map[string]string{"AUDT-2.11": "no", "AUDT-4": "", "SAHD-13": "no"}), nil, []string{anyEv, anyFl, "security scans"}},
		{"no form", false, unstate(true, true), nil, []string{anyEv, anyFl, "security scans"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := analyzerCSDBuilt(t, tc.edit, func(b *kind.Built) { b.MDS2 = tc.form })
			if len(tc.want) > 0 { // a case may ask for nothing
				kindtest.SaysAll(t, "the CSD", md, tc.want...)
			}
			if len(tc.lack) > 0 {
				kindtest.SaysNone(t, "the CSD", md, tc.lack...)
			}
		})
	}
}

// TestCSDTelemetryAsShippedNotStated (REPORT-mobileapp 8): telemetry
// stated with telemetry_as_shipped not written gives the row "Telemetry
// on as shipped" as not stated, not left out; stated, it says which; with
// telemetry not stated, or none, there is no such row.
func TestCSDTelemetryAsShippedNotStated(t *testing.T) {
	const row = "| Telemetry on as shipped | "
	tests := []struct {
		name             string
		telemetry, state content.Tri
		want, lack       []string
	}{
		{"telemetry, its state not written", content.True, content.Unstated, []string{row + "Not stated |"}, nil},
		{"telemetry off as shipped", content.True, content.False, []string{row + "No: none is sent until it is turned on |"}, []string{row + "Not stated |"}},
		{"telemetry on as shipped", content.True, content.True, []string{row + "Yes |"}, []string{row + "Not stated |"}},
		{"no telemetry", content.False, content.Unstated, nil, []string{row}},
		{"telemetry not stated", content.Unstated, content.Unstated, nil, []string{row}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := analyzerCSD(t, true, func(p *content.Product) {
				p.RemoteService.Telemetry, p.RemoteService.TelemetryAsShipped = tc.telemetry, tc.state
			})
			if len(tc.want) > 0 { // a case may ask for nothing
				kindtest.SaysAll(t, "the CSD", md, tc.want...)
			}
			if len(tc.lack) > 0 {
				kindtest.SaysNone(t, "the CSD", md, tc.lack...)
			}
		})
	}
}
