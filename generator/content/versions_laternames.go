package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A version's documents print the recommended controls and deployment
// steps of that version's view. Those are prose: when the top-level text
// (the first version's facts) speaks of a security setting, an account
// role or a remote control function that only a later version adds, the
// older version's CSD tells its customer to set up a feature the version
// does not have ("turn remote bolus on only when needed" in a CSD of a
// version without remote bolus). The product data cannot say this is
// false, only that the text names an entry a later version adds, so this
// is a warning that points at the text and the entry.

// laterName is an entry a version adds: its name, the version and where.
type laterName struct {
	name, version, at string
}

// laterNamesInTexts warns once for each text of a version's view that
// names an entry a later version adds and the view itself lacks.
func (v *productValidator) laterNamesInTexts() {
	p := v.p
	seen := map[string]bool{}
	for i, ver := range p.Versions {
		q := p.At(ver.Version)
		if q == nil {
			continue
		}
		var later []laterName
		for j := i + 1; j < len(p.Versions); j++ {
			later = append(later, addedNames(q, p.Versions[j], j)...)
		}
		if len(later) == 0 {
			continue
		}
		check := func(path, text string) {
			var named []string
			for _, n := range later {
				if namesEntry(text, n.name) && !seen[path+"\x00"+n.name] {
					seen[path+"\x00"+n.name] = true
					named = append(named, fmt.Sprintf("%q, which version %s adds (%s)", n.name, n.version, n.at))
				}
			}
			if len(named) > 0 {
				v.warnf(path, "names %s: version %s has none, and a document of that version prints this text; write the text that holds for version %s here and give the later version its own (a version's _changed or _added entry)", strings.Join(named, "; "), ver.Version, ver.Version)
			}
		}
		for k, rc := range q.RecommendedControls {
			at := AtOr(rc.At, fmt.Sprintf("recommended_controls[%d]", k))
			check(at+".title", rc.Title)
			check(at+".recommendation", rc.Recommendation)
			check(at+".device_support", rc.DeviceSupport)
		}
		steps := q.PatchKey("deployment", "steps")
		for k, s := range q.Deployment.Steps {
			check(fmt.Sprintf("%s[%d]", steps, k), s)
		}
	}
}

// addedNames lists the security settings, account roles and remote
// control functions version w (versions[j]) adds that view q lacks.
func addedNames(q *Product, w Version, j int) []laterName {
	var out []laterName
	path := fmt.Sprintf("versions[%d].changes.", j)
	for k, s := range w.Changes.SettingsAdded {
		if !slices.ContainsFunc(q.SecuritySettings, func(x SecuritySetting) bool { return strings.EqualFold(x.Name, s.Name) }) {
			out = append(out, laterName{s.Name, w.Version, fmt.Sprintf("%ssecurity_settings_added[%d]", path, k)})
		}
	}
	for k, a := range w.Changes.AccountsAdded {
		if !slices.ContainsFunc(q.Accounts, func(x Account) bool { return strings.EqualFold(x.Role, a.Role) }) {
			out = append(out, laterName{a.Role, w.Version, fmt.Sprintf("%saccounts_added[%d]", path, k)})
		}
	}
	for k, rc := range w.Changes.RemoteControlAdded {
		if !slices.ContainsFunc(q.RemoteControl, func(x RemoteControl) bool { return strings.EqualFold(x.Name, rc.Name) }) {
			out = append(out, laterName{rc.Name, w.Version, fmt.Sprintf("%sremote_control_added[%d]", path, k)})
		}
	}
	return out
}

// namesEntry reports text naming name, case-insensitively, from a word
// start (so "Caregiver" is named by "caregivers" but not by
// "noncaregiver"). A name of fewer than 4 letters is too likely to be
// another word and is not looked for.
func namesEntry(text, name string) bool {
	name = strings.TrimSpace(name)
	if len(name) < 4 || text == "" {
		return false
	}
	// Searched without a regular expression: compiling one for each text
	// and name took 9 % of the example's build (BenchmarkBuild/example).
	lt, ln := strings.ToLower(text), strings.ToLower(name)
	for from := 0; ; {
		k := strings.Index(lt[from:], ln)
		if k < 0 {
			return false
		}
		k += from
		if r, _ := utf8.DecodeLastRuneInString(lt[:k]); k == 0 || !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			return true
		}
		from = k + 1
	}
}
