package workbook

import "github.com/jspgen/jspgen/generator/migrate"

// AsMarkdown escapes the form's notes and closing text (OTHR) for a
// product file, where they are Markdown fields (mds2.notes[].text,
// mds2.other): the workbook holds plain text, so what Markdown would read
// differently is escaped, as jspgen migrate does ("**" in a note stays two
// asterisks).
func (imp *Import) AsMarkdown() {
	imp.Other, _ = migrate.Text(imp.Other)
	for i := range imp.Notes {
		imp.Notes[i].Text, _ = migrate.Text(imp.Notes[i].Text)
	}
}
