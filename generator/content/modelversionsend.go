package content

// ModelVersionsEnd is, for a model whose own end of support is not
// announced, the last end of support of the versions it runs, when every
// one of them states one: a model is not supported with no supported
// software, so a reader of "Not announced" is told that its versions'
// support ends then (a version added later would change it, so it is
// said of the versions, not as the model's end).
type ModelVersionsEnd struct {
	Date    Date   // the latest end of support of the versions; zero: none given
	Version string // the version whose end of support it is
	Only    bool   // the model runs that version only
}

// ModelVersionsEnd is ModelVersionsEnd of model m read on d: zero unless
// its end of support reads "Not announced" (ModelUnsetMilestone) and
// every version it runs states an end of support.
func (p *Product) ModelVersionsEnd(m Model, d Date) ModelVersionsEnd {
	var out ModelVersionsEnd
	if !m.EndOfSupport.IsZero() || m.EndOfSupport.NotApplicable() || p.ModelUnsetMilestone(m, d) != "Not announced" {
		return out
	}
	runs := p.ModelVersions(m.ID)
	for _, v := range runs {
		if v.EndOfSupport.IsZero() {
			return ModelVersionsEnd{}
		}
		if v.EndOfSupport.After(out.Date) {
			out.Date, out.Version = v.EndOfSupport, v.Version
		}
	}
	out.Only = len(runs) == 1
	return out
}
