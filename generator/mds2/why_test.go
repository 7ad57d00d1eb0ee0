package mds2

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/jspgen/jspgen/generator/markdown"
)

// TestFromReadsAsASentence: the From of an answer the manufacturer gave
// beside a fact (mds2.json's and mds2.csv's "from") joins the fact, a
// clause, after a colon: "agrees with versions[1].changes.sbom_files[0]
// is published …" read as if the file agreed.
func TestFromReadsAsASentence(t *testing.T) {
	const fact = "sbom.files[0] (x.cdx.json) is published with the documents"
	for _, got := range []string{AgreesPrefix + fact, InPlaceOfNoPrefix + fact, OverridesFrom(No, fact)} {
		if !strings.HasSuffix(got, ": "+fact) {
			t.Errorf("from %q does not give the fact after a colon", got)
		}
	}
	if r := (Row{Kind: KindYesNo, Answer: Yes, Basis: BasisAnswered, From: OverridesFrom(No, fact)}); !r.Overrides() {
		t.Errorf("Overrides() false for %q", r.From)
	}
}

func TestRowWhy(t *testing.T) {
	yn := func(a Answer, basis, from string) Row {
		return Row{ID: "CONN-1", Kind: KindYesNo, Answer: a, Basis: basis, From: from}
	}
	tests := []struct {
		name string
		row  Row
		want string
	}{
		{"derived", yn(Yes, BasisDerived, "interfaces[0] is a Wi-Fi interface"), "Derived from the product data: interfaces[0] is a Wi-Fi interface."},
		{"gated by a stated instruction", yn(NA, BasisGated, "CSUP-4 is No"), "Not applicable by the form's instruction, as CSUP-4 is No."},
		{"an override explained in a note", Row{Kind: KindYesNo, Answer: No, Basis: BasisAnswered, Note: 3, From: OverridesFrom(Yes, "samd is true")},
			"The manufacturer's answer, explained in Note 3; it overrides Yes, which the product data give: samd is true."},
		// An explicit answer the data give too (an imported hand-filled
		// form): the manufacturer's, never "derived".
		{"the manufacturer's answer the data agree with", yn(Yes, BasisAnswered, AgreesPrefix+"interfaces[0] is a Wi-Fi interface"),
			"The manufacturer's answer; the product data agree: interfaces[0] is a Wi-Fi interface."},
		{"the manufacturer's answer with its note, the data agreeing", Row{Kind: KindYesNo, Answer: No, Basis: BasisAnswered, Note: 2, From: AgreesPrefix + "samd is false"},
			"The manufacturer's answer; the product data agree: samd is false."},
		{"the manufacturer's N/A with its reason, the data agreeing", Row{Kind: KindYesNo, Answer: NA, Basis: BasisAnswered, Reason: "No network connection", From: AgreesPrefix + "ports is written empty"},
			"The manufacturer's answer, not applicable: No network connection (the product data agree: ports is written empty)."},
		{"N/A with the manufacturer's reason", Row{Kind: KindYesNo, Answer: NA, Basis: BasisAnswered, Reason: "No removable media"}, "The manufacturer's answer, not applicable: No removable media"},
		{"N/A with a reason and a note", Row{Kind: KindYesNo, Answer: NA, Basis: BasisAnswered, Reason: "No removable media", Note: 4},
			"The manufacturer's answer, not applicable: No removable media (see also Note 4)."},
		// Nothing to say: the form shows all there is.
		{"a plain explicit answer", yn(Yes, BasisAnswered, ""), ""},
		{"an explicit N/A without reason", yn(NA, BasisAnswered, ""), ""},
		{"the manufacturer's N/A in place of the data's No", Row{Kind: KindYesNo, Answer: NA, Basis: BasisAnswered, From: InPlaceOfNoPrefix + "ports is written empty"},
			"The manufacturer's answer, N/A where the product data give No: ports is written empty."},
		{"a See Note beside its note", Row{Kind: KindYesNo, Answer: SeeNote, Basis: BasisAnswered, Note: 2}, ""},
		{"a derived text (the DOC entry says what it is)", Row{Kind: KindText, Text: "Acme", Basis: BasisDerived, From: "manufacturer.name is the name"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.row.Why(); got != tt.want {
				t.Errorf("Why() = %q, want %q", got, tt.want)
			}
			cell := tt.row.AnswerCell("how")
			if tt.want == "" && cell != tt.row.Printed() {
				t.Errorf("AnswerCell = %q, want the plain answer %q", cell, tt.row.Printed())
			}
		})
	}
}

// TestAnswerCellParsesAsTitledLink: in a table row, the answer cell is one
// link to the appendix whose title is Why to the letter, also when the
// reason holds Markdown and table syntax.
func TestAnswerCellParsesAsTitledLink(t *testing.T) {
	for _, from := range []string{
		"interfaces[0] is a Wi-Fi interface",
		`notes say "none" | a pipe & an ampersand \ a backslash *stars* <b>`,
	} {
		row := Row{ID: "X-1", Kind: KindYesNo, Answer: Yes, Basis: BasisDerived, From: from}
		src := "| ID | Answer | Note |\n| --- | --- | --- |\n| X-1 | " + row.AnswerCell("how-reached") + " | Note\u00a01 |\n"
		doc := markdown.Parse([]byte(src))
		var links []*ast.Link
		cells := 0
		_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			if l, ok := n.(*ast.Link); ok {
				links = append(links, l)
			}
			if n.Kind().String() == "TableCell" && n.Parent().Kind().String() == "TableRow" {
				cells++
			}
			return ast.WalkContinue, nil
		})
		if cells != 3 {
			t.Errorf("%q: %d cells in the row, want 3:\n%s", from, cells, src)
		}
		if len(links) != 1 {
			t.Fatalf("%q: %d links, want 1:\n%s", from, len(links), src)
		}
		var html bytes.Buffer
		if err := markdown.New().Renderer().Render(&html, doc.Source, doc.Root); err != nil {
			t.Fatal(err)
		}
		if want := `title="` + strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(row.Why()) + `"`; !strings.Contains(html.String(), want) {
			t.Errorf("HTML lacks %s:\n%s", want, html.String())
		}
		if got := string(links[0].Destination); got != "#how-reached" {
			t.Errorf("destination = %q", got)
		}
	}
}
