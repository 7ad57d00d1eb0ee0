package content

import (
	"slices"
	"testing"
)

// TestNoticeRetiredModelsTitle: an end-of-support notice about firmware
// 1.9, which only the Gen 1 sensor runs and which ends with Gen 1's own
// end of support, was titled "software 1.9" unless notices.models named
// Gen 1: what ends for the customer is the sensor generation. The title
// names the models only where the data decide it.
func TestNoticeRetiredModelsTitle(t *testing.T) {
	day := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	product := func() *Product {
		return &Product{
			Models: []Model{{ID: "Gen 1", EndOfSupport: day("2027-03-31")}, {ID: "Gen 2"}},
			Versions: []Version{
				{Version: "1.9", Models: []string{"Gen 1"}, EndOfSupport: day("2027-03-31")},
				{Version: "2.3", Models: []string{"Gen 2"}},
			},
			Notices: []Notice{{ID: "eos", Kind: "end_of_support", Issued: day("2025-03-03"), Versions: []string{"1.9"}}},
		}
	}
	const named, plain = "End-of-Support Notice: model Gen 1 (software 1.9)", "End-of-Support Notice: software 1.9"
	tests := []struct {
		name string
		edit func(p *Product)
		want string
	}{
		{"the model ends with the only version it runs", func(*Product) {}, named},
		{"the model ends before the version", func(p *Product) { p.Models[0].EndOfSupport = day("2026-12-31") }, named},
		{"an older version of the model ended before", func(p *Product) {
			p.Versions = append([]Version{{Version: "1.8", Models: []string{"Gen 1"}, EndOfSupport: day("2024-06-30")}}, p.Versions...)
		}, named},
		{"notices.models naming the same model", func(p *Product) { p.Notices[0].Models = []string{"Gen 1"} }, named},
		{"the model's end of support not stated", func(p *Product) { p.Models[0].EndOfSupport = Date{} }, plain},
		{"the model supported after the version", func(p *Product) { p.Models[0].EndOfSupport = day("2027-06-30") }, plain},
		{"the model's support ended before the notice", func(p *Product) { p.Models[0].EndOfSupport = day("2024-12-31") }, plain},
		{"the version's end of support not stated", func(p *Product) { p.Versions[0].EndOfSupport = Date{} }, plain},
		{"the model also runs a version still supported", func(p *Product) { p.Versions[1].Models = []string{"Gen 1", "Gen 2"} }, plain},
		{"every model ends: the product does", func(p *Product) { p.Models = p.Models[:1] }, plain},
		{"the version runs on every model", func(p *Product) { p.Versions[0].Models = nil }, plain},
		{"an end-of-life notice: a model has no end of life", func(p *Product) { p.Notices[0].Kind = "end_of_life" }, "End-of-Life Notice: software 1.9"},
		{"a title written stands", func(p *Product) { p.Notices[0].Title = "Gen 1 retirement" }, "Gen 1 retirement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := product()
			tt.edit(p)
			nameModels(p)
			nameRetiredModels(p)
			if got := p.Notices[0].DisplayTitle(); got != tt.want {
				t.Errorf("title %q, want %q", got, tt.want)
			}
			// the notice still announces the version's own dates
			if tt.want == named && !p.Notices[0].Announces("1.9", "end_of_support") {
				t.Error("the notice no longer announces version 1.9's end of support")
			}
		})
	}
	// A notice about some models' own end of support keeps its own title.
	p := product()
	p.Versions[0].Models = []string{"Gen 1", "Gen 2"}
	p.Models[1].EndOfSupport = day("2030-01-01")
	p.Notices[0].Models = []string{"Gen 1"}
	nameModels(p)
	nameRetiredModels(p)
	if got := p.NoticeRetiredModels(p.Notices[0]); got != nil {
		t.Errorf("a notice about model Gen 1's own end of support derives %v", got)
	}
	if got := p.Notices[0].DisplayTitle(); got != named {
		t.Errorf("notices.models title %q", got)
	}
	if ids := p.Notices[0].titleModels; !slices.Equal(ids, nil) {
		t.Errorf("title models %v", ids)
	}
}
