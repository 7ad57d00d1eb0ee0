package content

import (
	"fmt"
	"reflect"
	"strings"
)

// FieldReference documents every TOML key of the site file and of a
// product file, from the struct tags the decoder itself uses, so the README
// cannot drift from the code.
func FieldReference() string {
	var b strings.Builder
	b.WriteString("### Site file (`jspgen.toml`)\n\n")
	writeFields(&b, reflect.TypeFor[Site](), "", false)
	b.WriteString("\n### Product file (`content/<product>.toml`)\n\n")
	writeFields(&b, reflect.TypeFor[Product](), "", false)
	return b.String()
}

// writeFields documents t's keys under prefix; in a patch table (patch)
// no key is required.
func writeFields(b *strings.Builder, t reflect.Type, prefix string, patch bool) {
	if prefix == "" {
		b.WriteString("| Key | Type | Required | Description |\n| --- | --- | --- | --- |\n")
	}
	for _, f := range Fields(t) {
		key := prefix + f.Name
		typ, elem := typeName(f.Type)
		if f.Type.Kind() == reflect.Slice && elem.Kind() == reflect.Struct && elem != dateType {
			key = "[[" + key + "]]"
		} else if f.Type.Kind() == reflect.Struct && f.Type != dateType {
			key = "[" + key + "]"
		}
		req := ""
		if f.Required && !patch {
			req = "yes"
			if len(f.RequiredFor) > 0 {
				req = "for " + strings.Join(f.RequiredFor, ", ")
			}
			if f.DeviceOnly {
				req += ", unless medical_device = false or markets leaves out us"
			}
		}
		if f.Markdown {
			typ = "Markdown"
		}
		doc := f.Doc
		if len(f.OneOf) > 0 {
			doc += " One of: " + strings.Join(f.OneOf, ", ") + "."
		}
		if f.Type == triType && !strings.Contains(doc, "Not written:") {
			// A field whose doc says what its absence does (home_use: the
			// CSD is written for a hospital) is not said to print "Not
			// stated".
			doc += ` Leave out when not known: documents then say "Not stated", never "no".`
		}
		if f.NotApplicable {
			doc += ` Or "not_applicable" when the version will never reach this milestone.`
		}
		if f.Range != nil {
			doc += fmt.Sprintf(" From %v to %v.", f.Range[0], f.Range[1])
		}
		fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", key, typ, req, strings.ReplaceAll(doc, "|", "\\|"))
		if elem.Kind() == reflect.Struct && elem != dateType {
			writeFields(b, elem, prefix+f.Name+".", f.Patch)
		}
	}
}

// typeName names a field's TOML type; elem is the struct type to document
// next, if any.
func typeName(t reflect.Type) (string, reflect.Type) {
	switch {
	case t == dateType:
		return "date", t
	case t == triType:
		return "boolean", t
	case t == reflect.TypeFor[CustomerKinds]():
		// one kind, or every kind the product is sold to
		return "string or array of string", t
	case t.Kind() == reflect.Slice:
		inner, elem := typeName(t.Elem())
		if t.Elem().Kind() == reflect.Struct && t.Elem() != dateType {
			return "array of tables", elem
		}
		return "array of " + inner, elem
	case t.Kind() == reflect.Struct:
		return "table", t
	case t.Kind() == reflect.Int:
		return "integer", t
	case t.Kind() == reflect.Float64:
		return "float", t
	case t.Kind() == reflect.Bool:
		return "boolean", t
	case t.Kind() == reflect.Map:
		return "table", t
	}
	return "string", t
}
