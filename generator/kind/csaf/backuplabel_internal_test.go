package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind/notices"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeBackupLabelsTheProductsBackup: where a notice writes its own
// customer_actions.backup beside the product's [backup], the notice's
// section 9.4 and its CSAF twin label the product's scope and method as
// what is backed up, and how, so that they do not read as the action
// (homedialysis: "Treatment records and the prescription." beside
// "Nothing to back up: ..."), and the twin keeps them off the action's
// line; without the notice's own text both print the product's [backup]
// as before.
func TestNoticeBackupLabelsTheProductsBackup(t *testing.T) {
	const label = "What is backed up, and how: "
	for _, own := range []bool{true, false} {
		dir := "../../testdata/homedialysis"
		c, _ := kindtest.Load(t, dir+"/jspgen.toml", dir+"/content")
		p, _ := kindtest.Product(t, c, "solace-hhd")
		var n content.Notice
		for i := range p.Notices {
			if p.Notices[i].ID == "eol-2.3.4" {
				if !own {
					p.Notices[i].Actions.Backup = ""
				}
				n = p.Notices[i]
			}
		}
		if n.ID == "" {
			t.Fatal("the homedialysis fixture has no notice eol-2.3.4")
		}
		if own && n.Actions.Backup == "" {
			t.Fatal("the fixture's notice eol-2.3.4 writes no customer_actions.backup")
		}
		scope := strings.TrimSpace(p.Backup.Scope)
		env := kindtest.Env(c, n.Document.ReleaseDate)
		prep, _ := kindtest.Prepare(t, notices.Kind, env, p)
		var md string
		for _, d := range prep.Documents {
			if d.Path == "notices/"+n.ID {
				md = kindtest.Render(t, env, p, d)
			}
		}
		_, sec, _ := strings.Cut(md, "### 9.4 Backup\n")
		sec, _, _ = strings.Cut(sec, "\n#")
		if own != strings.Contains(sec, label+scope) || !strings.Contains(sec, scope) {
			t.Errorf("own backup %v: section 9.4 labels the product's backup %v:\n%s", own, !own, sec)
		}
		note, ok := noteTitled(noticeAdvisory(env, p, n).Doc.Document.Notes, "What the customer is asked to do")
		if !ok {
			t.Fatalf("own backup %v: the twin has no note of the customer's actions", own)
		}
		for _, l := range strings.Split(note.Text, "\n") {
			if own && strings.HasPrefix(l, "Backup: ") && strings.Contains(l, scope) {
				t.Errorf("the twin runs the product's backup into the action: %s", l)
			}
		}
		if own != strings.Contains(note.Text, "\n"+label+scope) {
			t.Errorf("own backup %v: the twin labels the product's backup %v:\n%s", own, !own, note.Text)
		}
		if own && !strings.Contains(note.Text, "Backup: "+n.Actions.Backup) {
			t.Errorf("the twin lost the notice's backup action:\n%s", note.Text)
		}
	}
}
