package csd

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// A notice about some models (notices.models: a model's end of support,
// say) is not about every model a CSD covers: the CSD lists it only when
// it concerns one of them, and names those models beside it wherever it
// points to it, so that a reader with another model does not take its
// controls, dates or decommissioning steps for its own.

// noticeModelsCovered returns the models among covered (the models the
// CSD covers, in their order) that notice n concerns when they are not
// all of covered; nil when n concerns every one of them (it names no
// model, or names them all). ok is false when n concerns none of them:
// the CSD leaves it out.
func noticeModelsCovered(n content.Notice, covered []string) (models []string, ok bool) {
	if len(n.Models) == 0 || len(covered) == 0 {
		return nil, true
	}
	for _, id := range covered {
		if slices.Contains(n.Models, id) {
			models = append(models, id)
		}
	}
	switch len(models) {
	case 0:
		return nil, false
	case len(covered):
		return nil, true
	}
	return models, true
}

// OnlyFor words the models the notice concerns when they are not every
// model the CSD covers ("model VS-20"); "" when it concerns them all.
func (r NoticeRef) OnlyFor() string {
	if len(r.Models) == 0 {
		return ""
	}
	return content.ModelWord(r.Models)
}

// SameModels words the models every notice of refs concerns when each
// concerns the same models only, not every model the CSD covers ("model
// VS-20"); "" when some notice concerns every covered model or the
// notices concern different models, where each names its own (OnlyFor).
func (d *CSDData) SameModels(refs []NoticeRef) string {
	if len(refs) == 0 || len(refs[0].Models) == 0 {
		return ""
	}
	for _, r := range refs[1:] {
		if !slices.Equal(r.Models, refs[0].Models) {
			return ""
		}
	}
	return refs[0].OnlyFor()
}

// DecommissioningNotices are the notices listed in the document (Notices)
// that say what is particular to decommissioning: section 14 points to
// them where the product states no steps of its own.
func (d *CSDData) DecommissioningNotices() []NoticeRef {
	return d.noticesWhere(func(n NoticeRef) bool { return n.Decommissioning })
}
