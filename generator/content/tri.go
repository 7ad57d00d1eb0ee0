package content

// Tri is an optional yes/no fact: stated true, stated false, or not stated
// (the key is absent). A document never turns an absent fact into "no":
// where a Tri is not stated it says so ("Not stated"), and a derivation
// (an MDS2 rule, a check) decides nothing from it.
//
// In TOML a Tri is written as a boolean (true or false). In templates use
// its methods: {{ .Encrypted.Say "Encrypted" "Not encrypted" }}, or
// {{ .Encrypted }} for Yes, No or Not stated; never {{ if .Encrypted }},
// which is true for a stated "no" as well.
type Tri uint8

// The three values of a Tri.
const (
	Unstated Tri = iota // the key is absent
	False               // stated false
	True                // stated true
)

// NotStated is what documents print for an unstated fact.
const NotStated = "Not stated"

// TriOf is the stated value b.
func TriOf(b bool) Tri {
	if b {
		return True
	}
	return False
}

// Known reports whether the fact is stated.
func (t Tri) Known() bool { return t != Unstated }

// IsTrue reports whether the fact is stated true.
func (t Tri) IsTrue() bool { return t == True }

// IsFalse reports whether the fact is stated false.
func (t Tri) IsFalse() bool { return t == False }

// Say returns yes when the fact is stated true, no when stated false, and
// "Not stated" otherwise.
func (t Tri) Say(yes, no string) string {
	switch t {
	case True:
		return yes
	case False:
		return no
	}
	return NotStated
}

// SayOr is Say with the words for an unstated fact chosen too, for
// positions where "Not stated" does not fit (lower case, a phrase).
func (t Tri) SayOr(yes, no, unstated string) string {
	if t == Unstated {
		return unstated
	}
	return t.Say(yes, no)
}

// String is "Yes", "No" or "Not stated".
func (t Tri) String() string { return t.Say("Yes", "No") }

// AnyTrue is True when some fact is stated true, else Unstated when some
// fact is not stated, else False (every fact stated false; also for none).
func AnyTrue(ts ...Tri) Tri {
	out := False
	for _, t := range ts {
		switch t {
		case True:
			return True
		case Unstated:
			out = Unstated
		}
	}
	return out
}

// decodeTOML accepts true and false; the absent key stays Unstated.
func (t *Tri) decodeTOML(d *decoder, data any, path string) {
	b, ok := data.(bool)
	if !ok {
		d.errorf(path, "want true or false; got %s", tomlTypeName(data))
		return
	}
	*t = TriOf(b)
}
