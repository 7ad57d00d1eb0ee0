package kind

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// NoticeFacts is the product as the newest version notice n concerns is
// (the product as given when it names none), on the models it concerns
// (noticeModelIDs): a notice, and its CSAF twin, show that version's
// interfaces, backup, decommissioning and SBOM, not the current
// version's.
func NoticeFacts(p Product, n content.Notice) Product {
	vs := p.NoticeVersions(n)
	q := p
	if len(vs) > 0 {
		q = p.At(vs[len(vs)-1].Version)
	}
	q.Product = q.Product.ForModels(noticeModelIDs(p, n))
	return q
}

// NoticeVersionFacts are the product as each version notice n concerns
// is (the product as given when it names none), each once, oldest
// version first, each on the models the notice concerns: a hospital
// running any of them blocks and sanitises what that version has, so a
// notice's ports and data stores are all of theirs.
func NoticeVersionFacts(p Product, n content.Notice) []*content.Product {
	var out []*content.Product
	for _, v := range p.NoticeVersions(n) {
		if q := p.At(v.Version).Product; !slices.Contains(out, q) {
			out = append(out, q)
		}
	}
	if len(out) == 0 {
		out = []*content.Product{p.Product}
	}
	ids := noticeModelIDs(p, n)
	for i, q := range out {
		out[i] = q.ForModels(ids)
	}
	return out
}

// noticeModelIDs are the IDs of the models notice n concerns
// (content.Product.NoticeModels: notices.models, else the models that
// run its versions). An interface or port only other models have is on
// no device the notice is about: its interfaces to disable and ports to
// block or keep open leave it out, and one on every model it concerns
// names no model (content.Product.ForModels).
func noticeModelIDs(p Product, n content.Notice) []string {
	var ids []string
	for _, m := range p.NoticeModels(n) {
		ids = append(ids, m.ID)
	}
	return ids
}
