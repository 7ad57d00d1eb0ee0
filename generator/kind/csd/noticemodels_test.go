package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDNoticeAboutSomeModels: a notice about some models
// (notices.models) was listed, and pointed to from sections 1 and 14, as
// if it were about the CSD's whole version: a VS-20's end-of-support
// notice gave "the" compensating controls and decommissioning steps of
// every model, even in a CSD that no longer covers the VS-20. The CSD now
// leaves out a notice about none of the models it covers, and names the
// models a notice concerns when they are not all of them; a notice about
// every covered model names none.
func TestCSDNoticeAboutSomeModels(t *testing.T) {
	const (
		lead13      = "had issued this notice about version `4.2.1` by 16 February 2026:"
		lead13LVP7D = "had issued this notice about version `4.2.1` on model LVP-7D by 16 February 2026:"
		ctl1        = "Compensating controls are given by the notice [Component End-of-Support Notice: linux-imx 6.6.52, openssl 3.0.16, FreeRTOS-Kernel 11.1.0](notices/ceos-linux-6.6-openssl-3.0.html)"
		decom14     = "what is particular to decommissioning version `4.2.1` is in [Component End-of-Support Notice"
		decom14D    = "what is particular to decommissioning model LVP-7D is in [Component End-of-Support Notice"
	)
	for _, tc := range []struct {
		name        string
		models      []string // the notice's models
		versionOn   []string // the models 4.2.1 runs on
		says, never []string
	}{
		{"every model", []string{"LVP-7", "LVP-7D"}, nil,
			[]string{lead13, ctl1 + ".", decom14}, []string{lead13LVP7D, "(for model", decom14D}},
		{"one of the covered models", []string{"LVP-7D"}, nil,
			[]string{lead13LVP7D, ctl1 + " (for model LVP-7D).", decom14D}, []string{lead13, ctl1 + ".", decom14}},
		{"a model the CSD does not cover", []string{"LVP-7D"}, []string{"LVP-7"},
			[]string{"Decommissioning and sanitisation steps are not stated."}, []string{"Notices about version", "Compensating controls are given", "particular to decommissioning"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			// Neither general controls nor decommissioning steps written:
			// sections 1 and 14 point to the notice.
			p.RecommendedControls = nil
			p.Decommissioning.Steps = nil
			p.Source = content.SourceOfText(p.Source.File, []byte("id = \"halcyon-lvp7\"\n"))
			i := slices.IndexFunc(p.Notices, func(n content.Notice) bool { return n.ID == "ceos-linux-6.6-openssl-3.0" })
			p.Notices[i].Models = tc.models
			p.Notices[i].Compensating = []string{"Keep the pump on the medical-device VLAN."}
			p.Notices[i].Decommissioning = "Return the pump to Meridian service."
			if tc.versionOn != nil {
				p.Version("4.2.1").Models = tc.versionOn
			}
			md := renderExample(t, c, p)
			kindtest.SaysAll(t, "csd", md, tc.says...)
			kindtest.SaysNone(t, "csd", md, tc.never...)
		})
	}
}
