package csd

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// UpdateFlows returns the IDs of p's data flows (p is the version the
// document is about) that carry software into a part of the product this
// version uses and state their protection. Without [updates], section 6
// points to them for how an update is protected on its way in, rather
// than calling that not stated beside a 2.1 that states it ("firmware
// images are signed; the console installs only an image whose signature
// it verifies"). Whether that protection checks integrity is the flow's
// own text to say: section 6 only points to it.
func (CSDData) UpdateFlows(p *content.Product) []string {
	var inUse []string
	for _, pt := range p.PartsInUse() {
		inUse = append(inUse, pt.ID)
	}
	var ids []string
	for _, f := range p.DataFlows {
		if !f.Data.Has("software") || strings.TrimSpace(f.Protection) == "" {
			continue
		}
		if to, _ := p.ResolveFlowEnd(f.To); to.IsPart() && slices.Contains(inUse, to.Part) {
			ids = append(ids, f.ID)
		}
	}
	return ids
}
