package render

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/Masterminds/sprig/v3"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/markdown"
	template "github.com/jspgen/jspgen/third_party/texttemplate"
)

// Func is one template function of ours, with the examples that document
// it; a test runs every example (as Hugo does for its namespaces).
type Func struct {
	Name     string
	Fn       any
	Doc      string
	Examples []Example
}

// Example is a template snippet and the exact output it must produce.
type Example struct {
	Template string
	Output   string
}

// Funcs are jspgen's own template functions.
var Funcs = []Func{
	{"md", EscapeText, "Escapes TOML text for Markdown prose; keeps paragraph breaks, turns URLs into links.", []Example{
		{`{{ md "Use *only* <b>approved</b> ports" }}`, `Use \*only\* \<b\>approved\</b\> ports`},
		{`{{ md "- not a list\n\n1. not a number" }}`, "\\- not a list\n\n1\\. not a number"},
		{`{{ md "See https://example.com/cvd." }}`, `See <https://example.com/cvd>.`},
	}},
	{"markdown", MarkdownField, "Inserts a Markdown field (one the field reference marks Markdown) as Markdown: headings become bold paragraphs, raw HTML shows as text, relative links and images are prefixed with the first argument (.AssetBase: the way from the document to the product's folder).", []Example{
		{`{{ markdown "" "Use **only** <b>approved</b> ports" }}`, `Use **only** \<b>approved\</b> ports`},
		{`{{ markdown "../" "## Steps\n1. See [the guide](guide.pdf)." }}`, "**Steps**\n\n1. See [the guide](../guide.pdf)."},
	}},
	{"cell", EscapeCell, "Escapes TOML text for one GFM table cell: one line, pipes escaped.", []Example{
		{`{{ cell "TLS 1.2 | 1.3\nonly" }}`, `TLS 1.2 \| 1.3 only`},
	}},
	{"sentence", Sentence, "Ends text with a full stop unless it already ends a sentence (., ! or ?, before any closing bracket or quote), so that free text followed by more prose never reads \"SIEM..\"; use it after md or cell.", []Example{
		{`{{ cell "Syslog over TLS" | sentence }}`, "Syslog over TLS."},
		{`{{ cell "Syslog over TLS." | sentence }}`, "Syslog over TLS."},
		{`{{ md "Forwarded (see the manual.)" | sentence }}`, "Forwarded (see the manual.)"},
		{`{{ md "Is it on?" | sentence }}`, "Is it on?"},
		{`{{ sentence "" }}`, ""},
	}},
	{"code", CodeSpan, "Wraps text in an inline code span.", []Example{
		{`{{ code "pkg:generic/openssl@3.0.15" }}`, "`pkg:generic/openssl@3.0.15`"},
		{"{{ code \"a`b\" }}", "``a`b``"},
	}},
	{"tableHead", TableHead, "Writes a GFM table's header and delimiter rows. A trailing ':' right-aligns a column, ':' on both sides centres it.", []Example{
		{`{{ tableHead "Port" "Service" "Score:" }}`, "| Port | Service | Score |\n| --- | --- | ---: |"},
		{`{{ tableHead ":Stage:" }}`, "| Stage |\n| :---: |"},
	}},
	{"bullets", Bullets, "Writes a bullet list of escaped strings.", []Example{
		{`{{ bullets (list "The network is *hostile*" "Users are trained") }}`, "- The network is \\*hostile\\*\n- Users are trained"},
	}},
	{"date", formatDate, "Formats a date as ISO 8601 (YYYY-MM-DD); empty when unset.", []Example{
		{`{{ date .Date }}`, "2026-03-02"},
	}},
	{"dateLong", formatDateLong, "Formats a date for prose; independent of the time zone.", []Example{
		{`{{ dateLong .Date }}`, "2 March 2026"},
	}},
	{"otherMarkets", otherMarkets, "What the other markets have where the current version differs by market (content.OtherMarkets on content.Product.CurrentByMarket, whose first group has the current version, the second argument): printed after \"the current version is X in\" and the first group's markets.", []Example{
		{`{{ otherMarkets .Markets "3.1" }}`, "; in the European Union it is `3.0` until the release of `3.1` there on 1 June 2026"},
	}},
	{"yesno", YesNo, "Yes or No; a yes/no fact of the content (interfaces[].default_enabled …) that is not stated gives Not stated, never No.", []Example{
		{`{{ yesno true }} {{ yesno false }}`, "Yes No"},
		{`{{ yesno .Port.Encrypted }}`, "Not stated"},
	}},
	{"label", label, "The human name of an enumerated value.", []Example{
		{`{{ label "event_detection" }}, {{ label "supply_chain" }}`, "Event detection and logging, Supply chain"},
	}},
	{"rating", content.Rating, "The CVSS v3 qualitative rating of a score.", []Example{
		{`{{ rating 9.8 }} {{ rating 5.3 }} {{ rating 2.0 }}`, "Critical Medium Low"},
	}},
	{"count", Count, "A number with the noun that agrees with it: the singular for 1, else the plural.", []Example{
		{`{{ count 1 "threat scenario" "threat scenarios" }}; {{ count 7 "threat scenario" "threat scenarios" }}; {{ count 0 "port" "ports" }}`, "1 threat scenario; 7 threat scenarios; 0 ports"},
	}},
	{"anchor", markdown.Slug, "The ID of a heading with this text, for in-document links.", []Example{
		{`[Scope](#{{ anchor "1. Scope" }})`, "[Scope](#1-scope)"},
		{`{{ anchor "Données à caractère personnel" }}`, "données-à-caractère-personnel"},
	}},
}

// removed are the hermetic sprig functions that still depend on the clock,
// the time zone or randomness.
var removed = []string{"ago", "durationRound", "toDate", "mustToDate", "randInt", "shuffle", "bcrypt", "htpasswd",
	"encryptAES", "decryptAES", "genPrivateKey", "genCA", "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey",
	"genSignedCert", "genSignedCertWithKey", "date", "dateInZone", "date_in_zone", "dateModify", "date_modify",
	"mustDateModify", "must_date_modify", "htmlDate", "htmlDateInZone", "unixEpoch", "now", "randAlphaNum", "randAlpha",
	"randAscii", "randNumeric", "randBytes", "uuidv4", "getHostByName", "env", "expandenv",
	// path functions of the building machine's system: "a\\b" is two
	// parts on Windows and one elsewhere (base, dir, ext, clean, isAbs
	// stay: they use forward slashes everywhere)
	"osBase", "osClean", "osDir", "osExt", "osIsAbs"}

// FuncMap returns the template functions: sprig's hermetic set without
// anything time-, zone- or randomness-dependent, plus ours.
func FuncMap() template.FuncMap {
	m := template.FuncMap(sprig.HermeticTxtFuncMap())
	for _, name := range removed {
		delete(m, name)
	}
	// sprig's keys and values follow Go's random map order; ours are sorted.
	m["keys"] = sortedKeys
	m["values"] = sortedValues
	for _, f := range Funcs {
		m[f.Name] = f.Fn
	}
	return m
}

// TableHead writes the header and delimiter rows of a GFM table.
func TableHead(columns ...string) string {
	head := make([]string, len(columns))
	delim := make([]string, len(columns))
	for i, c := range columns {
		left, right := strings.HasPrefix(c, ":"), strings.HasSuffix(c, ":")
		head[i] = EscapeCell(strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":"))
		switch {
		case left && right:
			delim[i] = ":---:"
		case right:
			delim[i] = "---:"
		default:
			delim[i] = "---"
		}
	}
	return "| " + strings.Join(head, " | ") + " |\n| " + strings.Join(delim, " | ") + " |"
}

// Bullets writes items as a bullet list, each escaped.
func Bullets(items any) (string, error) {
	var list []string
	switch v := items.(type) {
	case []string:
		list = v
	case []any:
		for _, x := range v {
			list = append(list, fmt.Sprint(x))
		}
	default:
		return "", fmt.Errorf("bullets: want a list of strings; got %T", items)
	}
	lines := make([]string, len(list))
	for i, s := range list {
		lines[i] = "- " + EscapeCell(s)
	}
	return strings.Join(lines, "\n"), nil
}

// YesNo spells a boolean for documents, or a yes/no fact that may be
// unstated (content.Tri): Yes, No or Not stated.
func YesNo(v any) (string, error) {
	switch v := v.(type) {
	case bool:
		return content.TriOf(v).String(), nil
	case content.Tri:
		return v.String(), nil
	}
	return "", fmt.Errorf("yesno: want a boolean or a yes/no fact; got %T", v)
}

// sortedKeys lists the keys of every dict, sorted (duplicates kept, as
// sprig does).
func sortedKeys(dicts ...map[string]any) []string {
	var keys []string
	for _, d := range dicts {
		for k := range d {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// sortedValues lists a dict's values in the order of its sorted keys.
func sortedValues(dict map[string]any) []any {
	keys := sortedKeys(dict)
	values := make([]any, len(keys))
	for i, k := range keys {
		values[i] = dict[k]
	}
	return values
}

func formatDate(d content.Date) string     { return d.String() }
func formatDateLong(d content.Date) string { return d.Long() }

// otherMarkets is content.OtherMarkets in Markdown: versions as code
// spans, market names escaped.
func otherMarkets(groups []content.MarketCurrent, cur string) string {
	return content.OtherMarkets(groups, cur, CodeSpan, EscapeText)
}

// label is content.Label for any enumerated value: a plain string or one
// of the content model's vocabulary types (InterfaceKind, DataKind).
func label(v any) string {
	if l, ok := v.(interface{ Label() string }); ok {
		return l.Label()
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.String {
		return content.Label(rv.String())
	}
	return content.Label(fmt.Sprint(v))
}

// Count is n with singular or plural: "1 threat", "2 threats".
func Count(n int, singular, plural string) string { return content.Count(n, singular, plural) }

// Sentence ends s with a full stop unless it already ends a sentence:
// its last character, before any closing brackets, quotes or trailing
// spaces, is '.', '!' or '?'. Empty text stays empty.
func Sentence(s string) string {
	t := strings.TrimRight(s, " \t")
	end := strings.TrimRight(t, ")]\"'’”*_")
	if t == "" || end == "" {
		return t
	}
	switch end[len(end)-1] {
	case '.', '!', '?':
		return t
	}
	return t + "."
}
