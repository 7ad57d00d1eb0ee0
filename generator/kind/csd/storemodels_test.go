package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDStoreOfSomeModels: the Corva bed keeps weight readings on the
// Corva ICU only (data_stores.models), alarm events on both models. The
// CSD's data-at-rest table (2.2) and decommissioning table (14) name the
// ICU beside the weight readings and no model beside the alarm history;
// a CSD that covers the Corva MS alone (the ICU's support ended) leaves
// the weight readings out, and one whose every model keeps them names
// none.
func TestCSDStoreOfSomeModels(t *testing.T) {
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"both models", func(*kind.Product) {}, []string{
			"| 72-hour weight readings (model Corva ICU only) | Corva bed controller (on the device) | Patient measurements or recordings (no name or record number) | Bed controller |",
			"| 72-hour weight readings (model Corva ICU only) | Patient measurements or recordings (no name or record number) | Not stated |",
			"| 72-hour alarm history | Corva bed controller (on the device) | Alarms | Bed controller |",
			"| 72-hour alarm history | Alarms | Not stated |",
		}, []string{"72-hour alarm history (model"}},
		{"the ICU's support ended", func(p *kind.Product) { p.Models[1].EndOfSupport = content.NewDate(2020, 1, 1) }, []string{
			"This document covers model Corva MS (medical-surgical).",
			"| 72-hour alarm history | Corva bed controller (on the device) | Alarms | Bed controller |",
			"| 72-hour alarm history | Alarms | Not stated |",
		}, []string{"72-hour weight readings", "(model Corva"}},
		{"weight readings on every model", func(p *kind.Product) {
			for i := range p.DataStores {
				if p.DataStores[i].ID == "bed-weights" {
					p.DataStores[i].Models = []string{"Corva MS", "Corva ICU"}
				}
			}
		}, []string{
			"| 72-hour weight readings | Corva bed controller (on the device) | Patient measurements or recordings (no name or record number) | Bed controller |",
			"| 72-hour weight readings | Patient measurements or recordings (no name or record number) | Not stated |",
		}, []string{"72-hour weight readings (model"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, "smartbed", "corva", tc.edit)
			kindtest.SaysAll(t, "corva/csd.md", md, tc.says...)
			kindtest.SaysNone(t, "corva/csd.md", md, tc.never...)
		})
	}
}
