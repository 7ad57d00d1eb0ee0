package content

import (
	"fmt"
	"math"
	"net/mail"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jspgen/jspgen/internal/tomlkey"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// decoder fills a Go value from a decoded TOML tree, collecting every
// problem (unknown key, wrong type, missing required key, value out of its
// set) with its key path instead of stopping at the first. Field rules come
// from struct tags: `toml:"name"` and `jsp:"required,oneof=a b,range=1 9,id,url,email,score,category"`.
type decoder struct {
	file  string
	pos   tomlpos.Positions
	diags *Diagnostics
	// builds reports whether the file builds a document (documents.build);
	// a key tagged required=<documents> is required only when one of its
	// documents is built.
	builds func(doc string) bool
	// notDevice: the file says medical_device = false, or markets
	// without us; keys tagged device are then not required (a product
	// that is not a medical device is not a cyber device either, whatever
	// it would write, and section 524B does not apply to one not marketed
	// in the United States)
	notDevice bool
	// texts holds each text the file's values and map keys decode to,
	// once (see text).
	texts map[string]string
}

// text is s as the decoded value keeps it: a copy, shared by the equal
// values of the file. The TOML decoder hands out strings that point into
// its copy of the whole file, so one value kept would keep the file
// (comments, keys and layout included) for as long as the product lives:
// the values are about two thirds of a product file, and fewer once the
// values a file repeats (versions, IDs, references) are kept once.
func (d *decoder) text(s string) string {
	if t, ok := d.texts[s]; ok {
		return t
	}
	if d.texts == nil {
		d.texts = map[string]string{}
	}
	t := strings.Clone(s)
	d.texts[t] = t
	return t
}

var (
	dateType = reflect.TypeFor[Date]()
	triType  = reflect.TypeFor[Tri]()
)

func (d *decoder) errorf(path, format string, args ...any) {
	*d.diags = append(*d.diags, Diagnostic{File: d.file, Line: d.pos.Line(path), Path: path, Message: fmt.Sprintf(format, args...)})
}

// value decodes data into v (addressable) at path.
func (d *decoder) value(v reflect.Value, data any, path string, rules fieldRules) {
	if v.CanAddr() {
		if vd, ok := v.Addr().Interface().(valueDecoder); ok {
			vd.decodeTOML(d, data, path) // a type with more than one TOML shape
			return
		}
	}
	if v.Type() == dateType {
		if s, ok := data.(string); ok && rules.na && s == NotApplicableWord {
			v.Set(reflect.ValueOf(NotApplicableDate()))
			return
		}
		date, err := decodeDate(data)
		if err != nil && rules.na {
			err = fmt.Errorf("%v (or %q when the milestone does not apply)", err, NotApplicableWord)
		}
		if err != nil {
			d.errorf(path, "%v", err)
			return
		}
		v.Set(reflect.ValueOf(date))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		m, ok := data.(map[string]any)
		if !ok {
			d.errorf(path, "want a table; got %s", tomlTypeName(data))
			return
		}
		if rules.patch {
			d.patch(v, m, path)
			return
		}
		d.structure(v, m, path)
	case reflect.Slice:
		d.slice(v, data, path, rules)
	case reflect.String:
		s, ok := data.(string)
		if !ok {
			d.errorf(path, "want a string; got %s", tomlTypeName(data))
			return
		}
		if len(s) > MaxString {
			d.errorf(path, "text of %d bytes is longer than the limit of %d bytes", len(s), MaxString)
			return
		}
		if voc, ok := v.Interface().(vocabulary); ok {
			rules.oneof = voc.Values()
		}
		if msg := rules.checkString(s); msg != "" {
			d.errorf(path, "%s", msg)
		}
		v.SetString(d.text(s))
	case reflect.Int:
		n, ok := data.(int64)
		if !ok {
			d.errorf(path, "want an integer; got %s", tomlTypeName(data))
			return
		}
		if n < math.MinInt32 || n > math.MaxInt32 {
			lo, hi := float64(math.MinInt32), float64(math.MaxInt32)
			if rules.ranged {
				lo, hi = rules.lo, rules.hi
			}
			d.errorf(path, "want an integer from %v to %v; got %d", lo, hi, n)
			return
		}
		if msg := rules.checkNumber(float64(n)); msg != "" {
			d.errorf(path, "%s", msg)
		}
		v.SetInt(n)
	case reflect.Float64:
		var f float64
		switch n := data.(type) {
		case float64:
			f = n
		case int64:
			f = float64(n)
		default:
			d.errorf(path, "want a number; got %s", tomlTypeName(data))
			return
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			d.errorf(path, "want a finite number; got %s", tomlTypeName(data))
			return
		}
		if msg := rules.checkNumber(f); msg != "" {
			d.errorf(path, "%s", msg)
		}
		v.SetFloat(f)
	case reflect.Bool:
		b, ok := data.(bool)
		if !ok {
			d.errorf(path, "want true or false; got %s", tomlTypeName(data))
			return
		}
		v.SetBool(b)
	case reflect.Map:
		m, ok := data.(map[string]any)
		if !ok {
			d.errorf(path, "want a table; got %s", tomlTypeName(data))
			return
		}
		out := reflect.MakeMapWithSize(v.Type(), len(m))
		for _, k := range sortedKeys(m) {
			elem := reflect.New(v.Type().Elem()).Elem()
			d.value(elem, m[k], path+"."+k, fieldRules{})
			out.SetMapIndex(reflect.ValueOf(d.text(k)), elem)
		}
		v.Set(out)
	default:
		panic("content: unsupported field type " + v.Type().String())
	}
}

func (d *decoder) slice(v reflect.Value, data any, path string, rules fieldRules) {
	var items []any
	switch s := data.(type) {
	case []any:
		items = s
	case []map[string]any:
		for _, m := range s {
			items = append(items, m)
		}
	default:
		d.errorf(path, "want an array; got %s", tomlTypeName(data))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		d.value(out.Index(i), item, path+"["+strconv.Itoa(i)+"]", rules.forElements())
	}
	v.Set(out)
}

func (d *decoder) structure(v reflect.Value, m map[string]any, path string) {
	d.table(v, m, path, false)
}

// patch decodes a table that changes only the keys it writes (jsp
// "patch": a version's [versions.changes.deployment]), so its own keys are
// not required; each written key is checked as usual.
func (d *decoder) patch(v reflect.Value, m map[string]any, path string) {
	d.table(v, m, path, true)
}

func (d *decoder) table(v reflect.Value, m map[string]any, path string, patch bool) {
	st := structOf(v.Type())
	for k := range m {
		if _, ok := st.known[k]; !ok {
			d.unknownKeys(st, m, path)
			break
		}
	}
	for _, f := range st.fields {
		data, ok := m[f.name]
		required := f.rules.needed(d.builds) && !(f.rules.device && d.notDevice)
		if !ok {
			if !patch && required {
				d.errorf(tomlpos.Join(path, f.name), "missing required key%s (%s)", f.rules.requiredWhy(), f.doc)
			}
			continue
		}
		fpath := tomlpos.Join(path, f.name)
		before := len(*d.diags)
		fv := v.FieldByIndex(f.index)
		d.value(fv, data, fpath, f.rules)
		if required && !f.rules.emptyOK && isEmpty(fv) && len(*d.diags) == before {
			d.errorf(fpath, "must not be empty or blank (%s)", f.doc)
		}
	}
}

// unknownKeys reports the keys of m that no field of st is decoded from,
// in sorted order.
func (d *decoder) unknownKeys(st *structFields, m map[string]any, path string) {
	for _, k := range sortedKeys(m) {
		if _, ok := st.known[k]; !ok {
			if k == "" {
				d.errorf(path, `unknown key "" (a key must have a name)`)
				continue
			}
			d.errorf(tomlpos.Join(path, k), "unknown key%s", suggest(k, st.known))
		}
	}
}

// structFields is what decoding needs of a struct type's fields, read
// from their tags once per type: a product file decodes the same few
// types thousands of times.
type structFields struct {
	known  map[string]int // key → its index in fields
	fields []structField  // the fields a key sets, in declaration order
}

type structField struct {
	index []int  // for reflect.Value.FieldByIndex
	name  string // its key
	rules fieldRules
	doc   string
}

var structCache sync.Map // reflect.Type → *structFields

func structOf(t reflect.Type) *structFields {
	if st, ok := structCache.Load(t); ok {
		return st.(*structFields)
	}
	st := &structFields{known: make(map[string]int, t.NumField())}
	st.add(t, nil)
	actual, _ := structCache.LoadOrStore(t, st)
	return actual.(*structFields)
}

// add adds the fields of struct type t, reached from the decoded struct
// by index path prefix; an embedded struct's keys are t's own (embedsKeys).
func (st *structFields) add(t reflect.Type, prefix []int) {
	for i := range t.NumField() {
		f := t.Field(i)
		index := append(slices.Clip(prefix), i)
		if embedsKeys(f) {
			st.add(f.Type, index)
			continue
		}
		name := tomlName(f)
		if name == "" {
			continue
		}
		st.known[name] = len(st.fields)
		st.fields = append(st.fields, structField{index: index, name: name, rules: parseRules(f.Tag.Get("jsp")), doc: f.Tag.Get("doc")})
	}
}

// tomlName is the key a struct field is decoded from; "" for a field that
// no key sets: one tagged "-", and an unexported or untagged one (without
// this, the empty key "" = … matched every field without a tag, and
// setting an unexported one panicked).
func tomlName(f reflect.StructField) string {
	name := f.Tag.Get("toml")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return strings.TrimSpace(v.String()) == ""
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	}
	return false
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// suggest names the closest known key, to catch typos.
func suggest(k string, known map[string]int) string {
	best, bestDist := "", 3
	for name := range known {
		if dist := tomlkey.EditDistance(k, name); dist < bestDist || (dist == bestDist && name < best) {
			best, bestDist = name, dist
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// tomlTimeName spells a TOML date, time or date-time as written: a local
// date-time gets no invented "Z", a local time no invented year 0000.
func tomlTimeName(t time.Time) string {
	switch t.Location().String() {
	case "date-local":
		return "date " + t.Format(time.DateOnly)
	case "time-local":
		return "time " + t.Format("15:04:05.999999999")
	case "datetime-local":
		return "local date-time " + t.Format("2006-01-02T15:04:05.999999999")
	}
	return "date-time " + t.Format(time.RFC3339Nano)
}

func tomlTypeName(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("string %q", v)
	case int64:
		return fmt.Sprintf("integer %d", v)
	case float64:
		return fmt.Sprintf("float %s", strconv.FormatFloat(v, 'g', -1, 64))
	case bool:
		return fmt.Sprintf("boolean %v", v)
	case time.Time:
		return tomlTimeName(v)
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "an array"
	}
	return fmt.Sprintf("%T", v)
}

// fieldRules are the `jsp` tag rules of one field.
type fieldRules struct {
	required bool
	// requiredFor names the documents that need the key (documents.build
	// values); empty means every product needs it.
	requiredFor []string
	oneof       []string
	lo, hi      float64
	ranged      bool
	slug        bool // safe as a path segment
	key         bool // an identifier other entries refer to
	// designation: an identifier that documents print as the name
	// customers know (a model's "Corva MS"): a key that may hold spaces
	designation bool
	url         bool
	email       bool
	lang        bool // a BCP 47 language tag
	na          bool // a date that may be "not_applicable"
	// markdown: prose the documents insert as Markdown (render's
	// markdown function), not escaped; from schema_version 2 on
	markdown bool
	// patch: a table whose keys are all optional because each one it
	// writes replaces the same key of an earlier table (a version's
	// changes); its required keys are checked after the merge
	patch bool
	// device: required only of a product that may be a medical device
	// (not of one whose file says medical_device = false)
	device bool
	// emptyOK: a required list that may be written empty (a data flow's
	// data = [], none of the data kinds): the key must be written, since
	// leaving it out would not say whether it holds none
	emptyOK bool
}

// Categories are the FDA security control categories, in the guidance's order.
var Categories = []string{"authentication", "authorization", "cryptography", "integrity", "confidentiality", "event_detection", "resiliency", "updatability"}

func parseRules(tag string) fieldRules {
	var r fieldRules
	for _, part := range strings.Split(tag, ",") {
		name, arg, _ := strings.Cut(part, "=")
		switch name {
		case "required":
			r.required = true
			r.requiredFor = strings.Fields(arg)
		case "oneof":
			r.oneof = strings.Fields(arg)
		case "category":
			r.oneof = Categories
		case "range":
			f := strings.Fields(arg)
			r.lo, _ = strconv.ParseFloat(f[0], 64)
			r.hi, _ = strconv.ParseFloat(f[1], 64)
			r.ranged = true
		case "score":
			r.lo, r.hi, r.ranged = 0, 10, true
		case "slug":
			r.slug = true
		case "key":
			r.key = true
		case "designation":
			r.designation = true
		case "url":
			r.url = true
		case "email":
			r.email = true
		case "lang":
			r.lang = true
		case "na":
			r.na = true
		case "markdown":
			r.markdown = true
		case "patch":
			r.patch = true
		case "device":
			r.device = true
		case "emptyok":
			r.emptyOK = true
		}
	}
	return r
}

// needed reports whether the key is required when the documents for which
// builds reports true are built (nil builds: every document).
func (r fieldRules) needed(builds func(string) bool) bool {
	if !r.required || len(r.requiredFor) == 0 || builds == nil {
		return r.required
	}
	return slices.ContainsFunc(r.requiredFor, builds)
}

// requiredWhy names the documents that make a key required, for the
// message: " for the security plan or the CSD (documents.build)".
func (r fieldRules) requiredWhy() string {
	if len(r.requiredFor) == 0 {
		return ""
	}
	names := make([]string, len(r.requiredFor))
	for i, d := range r.requiredFor {
		names[i] = DocumentName(d)
	}
	return " for " + OrList(names) + " (documents.build)"
}

// forElements keeps the rules that apply to each element of a list.
func (r fieldRules) forElements() fieldRules {
	return fieldRules{oneof: r.oneof, slug: r.slug, key: r.key, designation: r.designation, url: r.url, email: r.email, lang: r.lang}
}

var (
	slugPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	keyPattern  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
)

// ValidSlug reports whether s is safe as one path segment of the output on
// every system the site may be built or served on: no "..", no trailing
// dot (Windows drops it), and no Windows device name (con, nul, com1, …,
// also with an extension: nul.txt).
func ValidSlug(s string) bool {
	return slugPattern.MatchString(s) && !strings.Contains(s, "..") && !strings.HasSuffix(s, ".") &&
		len(s) <= 64 && !windowsReserved(s)
}

// windowsReserved reports whether s names a Windows device, in any case,
// with or without an extension.
func windowsReserved(s string) bool {
	base, _, _ := strings.Cut(strings.ToLower(s), ".")
	switch base {
	case "con", "prn", "aux", "nul", "conin$", "conout$":
		return true
	}
	if len(base) == 4 && (strings.HasPrefix(base, "com") || strings.HasPrefix(base, "lpt")) {
		return base[3] >= '0' && base[3] <= '9'
	}
	return false
}

func (r fieldRules) checkString(s string) string {
	switch {
	case len(r.oneof) > 0 && !slices.Contains(r.oneof, s):
		return fmt.Sprintf("want one of %s; got %q", strings.Join(r.oneof, ", "), s)
	case r.slug && !ValidSlug(s):
		if windowsReserved(s) {
			return fmt.Sprintf("want a slug safe as a file name on every system; got %q, a reserved device name on Windows", s)
		}
		return fmt.Sprintf("want a slug of lower-case letters, digits, '.', '_' and '-' (no \"..\", not ending in '.', at most 64 characters), safe as a file name; got %q", s)
	case r.key && (!keyPattern.MatchString(s) || len(s) > 64):
		return fmt.Sprintf("want an identifier of letters, digits, '.', '_' and '-'; got %q", s)
	case r.designation && !ValidDesignation(s):
		return fmt.Sprintf("want a designation of letters, digits, single spaces and '.', '_', '-', '/', '+', '(' and ')', starting with a letter or digit, at most 64 characters; got %q", s)
	case r.url && s != "":
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
			return fmt.Sprintf("want an absolute http(s) URL; got %q", s)
		}
	case r.lang && s != "":
		if !validLanguage(s) {
			return fmt.Sprintf("want a BCP 47 language tag such as en, en-US or de-CH; got %q", s)
		}
	case r.email && s != "":
		if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
			return fmt.Sprintf("want an e-mail address; got %q", s)
		}
	}
	return ""
}

func (r fieldRules) checkNumber(f float64) string {
	if r.ranged && (f < r.lo || f > r.hi) {
		return fmt.Sprintf("want a value from %v to %v; got %v", r.lo, r.hi, f)
	}
	return ""
}

func reflectValue(v any) reflect.Value { return reflect.ValueOf(v).Elem() }
