package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestUpdateFlows: a data flow counts as how an update reaches the device
// only when it carries software into a part of the product and states its
// protection; a flow out of the device, or one carrying no software, does
// not (section 6 then still says integrity is not stated).
func TestUpdateFlows(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(fs []content.DataFlow)
		want []string
	}{
		{"signed firmware into the device", func([]content.DataFlow) {}, []string{"DF-01"}},
		{"software out of the device", func(fs []content.DataFlow) {
			fs[0].From, fs[0].To = fs[0].To, fs[0].From
		}, nil},
		{"no software", func(fs []content.DataFlow) { fs[0].Data = content.DataKinds{"logs"} }, nil},
		{"no protection", func(fs []content.DataFlow) { fs[0].Protection = " " }, nil},
		{"into the device by its part's name", func(fs []content.DataFlow) { fs[0].To = "Device" }, []string{"DF-01"}},
		{"into an outside system", func(fs []content.DataFlow) { fs[0].To = "Field service laptop" }, nil},
		{"software read out of the device, none sent in", func(fs []content.DataFlow) {
			fs[0].Data = content.DataKinds{"logs"}
			fs[1].Data = content.DataKinds{"software", "logs"}
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := kindtest.Load(t, "../../testdata/nophi/jspgen.toml", "../../testdata/nophi/content")
			p, _ := kindtest.Product(t, c, "ps40")
			p.DataFlows = slices.Clone(p.DataFlows)
			tc.edit(p.DataFlows)
			if got := (CSDData{}).UpdateFlows(p.Product); !slices.Equal(got, tc.want) {
				t.Errorf("UpdateFlows = %q, want %q", got, tc.want)
			}
		})
	}
}
