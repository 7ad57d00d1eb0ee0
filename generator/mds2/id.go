package mds2

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// FormSections lists the section codes of HN 1-2019 in the order the form
// prints them: the DOC header block, then the 23 sections. CompareIDs sorts
// by this order, not alphabetically.
var FormSections = []string{
	"DOC", "MPII", "ALOF", "AUDT", "AUTH", "CSUP", "DIDT", "DTBK", "EMRG",
	"IGAU", "MLDP", "NAUT", "CONN", "PAUT", "PLOK", "RDMP", "SBOM", "SAHD",
	"SGUD", "STCF", "TXCF", "TXIG", "RMOT", "OTHR",
}

// maxLevels is the deepest numbering the form uses (AUDT-2.8.1).
const maxLevels = 3

// maxNumber bounds each numeric component; the form's largest is 16.
const maxNumber = 9999

// ID is a parsed question ID. Form IDs are CODE-n[.m[.k]] ("MPII-3.10"):
// Code and Path are set. Extension IDs are CODE-NAME ("JSP-VER"): Code and
// Name are set, and Code is not a form section code.
type ID struct {
	Code string // section code of a form ID, or the extension namespace
	Path []int  // numeric components, 1 to 3 of them; nil for extensions
	Name string // name of an extension ID; "" for form IDs
}

// String returns the canonical spelling, which ParseID accepts.
func (id ID) String() string {
	if id.Name != "" {
		return id.Code + "-" + id.Name
	}
	var b strings.Builder
	b.WriteString(id.Code)
	for i, n := range id.Path {
		if i == 0 {
			b.WriteByte('-')
		} else {
			b.WriteByte('.')
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

// IsExtension reports whether id is a named (non-form) ID such as JSP-VER.
func (id ID) IsExtension() bool { return id.Name != "" }

// Parent returns the ID with its last number removed (MPII-2.1 → MPII-2)
// and false for top-level and extension IDs.
func (id ID) Parent() (ID, bool) {
	if len(id.Path) < 2 {
		return ID{}, false
	}
	return ID{Code: id.Code, Path: id.Path[:len(id.Path)-1]}, true
}

// IsFormSection reports whether code is one of HN 1-2019's section codes.
func IsFormSection(code string) bool { return slices.Contains(FormSections, code) }

// ParseID parses a canonical ID: CODE-n[.m[.k]] with CODE 2 to 8 capital
// letters and each number 1..9999 without leading zeros, or CODE-NAME
// (capital letter, then capital letters and digits) for an extension whose
// CODE is not a form section code. It is strict; run NormalizeID first on
// IDs read from real forms.
func ParseID(s string) (ID, error) {
	code, rest, ok := strings.Cut(s, "-")
	if !ok {
		return ID{}, fmt.Errorf("invalid ID %q: want CODE-n[.m[.k]], e.g. MPII-2.1", s)
	}
	if !isCode(code) {
		return ID{}, fmt.Errorf("invalid ID %q: section code must be 2 to 8 capital letters", s)
	}
	if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
		if IsFormSection(code) {
			return ID{}, fmt.Errorf("invalid ID %q: %s IDs are numbered (%s-1, %s-2.1, ...)", s, code, code, code)
		}
		for i := 1; i < len(rest); i++ {
			if c := rest[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return ID{}, fmt.Errorf("invalid ID %q: extension name must be capital letters and digits", s)
			}
		}
		return ID{Code: code, Name: rest}, nil
	}
	parts := strings.Split(rest, ".")
	if len(parts) > maxLevels {
		return ID{}, fmt.Errorf("invalid ID %q: at most %d levels of numbering", s, maxLevels)
	}
	path := make([]int, len(parts))
	for i, p := range parts {
		n, err := parseNumber(p)
		if err != nil {
			return ID{}, fmt.Errorf("invalid ID %q: %v", s, err)
		}
		path[i] = n
	}
	return ID{Code: code, Path: path}, nil
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func parseNumber(p string) (int, error) {
	if p == "" {
		return 0, fmt.Errorf("empty number")
	}
	if len(p) > 4 {
		return 0, fmt.Errorf("number %q too large (max %d)", p, maxNumber)
	}
	n := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("%q is not a number", p)
		}
		n = n*10 + int(c-'0')
	}
	if p[0] == '0' {
		return 0, fmt.Errorf("number %q: numbers start at 1, without leading zeros", p)
	}
	return n, nil
}

// NormalizeID turns an ID as found in real forms and hand-written data
// into its canonical spelling: surrounding and inner blanks removed, upper
// case, typographic dashes as "-", and the form's misprint SHAD-15 as
// SAHD-15 (any "SHAD-" code becomes "SAHD-"). It does not validate; pass the
// result to ParseID.
func NormalizeID(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == ' ' || r == '\t' || r == '\u00a0':
			continue
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2212':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	out := strings.ToUpper(b.String())
	if rest, ok := strings.CutPrefix(out, "SHAD-"); ok {
		out = "SAHD-" + rest
	}
	return out
}

// CompareIDs orders two IDs as the form does and returns -1, 0 or +1:
// first by section in FormSections order (codes that are not form sections
// follow, alphabetically), then numerically component by component, a
// parent before its children (AUDT-2.8 < AUDT-2.8.2 < AUDT-2.9 <
// AUDT-2.10), numbered IDs before named ones. Strings that ParseID rejects
// sort after every valid ID, by byte order. It never panics, and it
// returns 0 only for equal strings (canonical spellings are unique).
func CompareIDs(a, b string) int {
	x, errx := ParseID(a)
	y, erry := ParseID(b)
	switch {
	case errx != nil && erry != nil:
		return strings.Compare(a, b)
	case errx != nil:
		return 1
	case erry != nil:
		return -1
	}
	return compareParsed(x, y)
}

// SortIDs sorts ids as CompareIDs orders them, parsing each once: a
// form's answers are sorted several times per product, and parsing in
// every comparison was a tenth of preparing the form.
func SortIDs(ids []string) {
	type parsed struct {
		s   string
		id  ID
		bad bool
	}
	ps := make([]parsed, len(ids))
	for i, s := range ids {
		id, err := ParseID(s)
		ps[i] = parsed{s, id, err != nil}
	}
	slices.SortFunc(ps, func(a, b parsed) int {
		switch {
		case a.bad && b.bad:
			return strings.Compare(a.s, b.s)
		case a.bad:
			return 1
		case b.bad:
			return -1
		}
		return compareParsed(a.id, b.id)
	})
	for i, p := range ps {
		ids[i] = p.s
	}
}

func compareParsed(x, y ID) int {
	if c := compareCodes(x.Code, y.Code); c != 0 {
		return c
	}
	if xe, ye := x.IsExtension(), y.IsExtension(); xe != ye {
		if xe {
			return 1
		}
		return -1
	}
	if c := slices.Compare(x.Path, y.Path); c != 0 {
		return c
	}
	return strings.Compare(x.Name, y.Name)
}

func compareCodes(a, b string) int {
	if a == b {
		return 0
	}
	ia, ib := slices.Index(FormSections, a), slices.Index(FormSections, b)
	if ia < 0 {
		ia = len(FormSections)
	}
	if ib < 0 {
		ib = len(FormSections)
	}
	if ia != ib {
		if ia < ib {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}
