package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/kind/notices"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// hostedNotice is the hostedlifecycle fixture's service (nothing of it
// runs at the customer), an environment as of the notice's release and
// its notice about version 2023.2, after edit; edit changes the notice
// in the loaded product, so the notice kind renders it too.
func hostedNotice(t *testing.T, edit func(*content.Notice)) (*kind.Env, kind.Product, content.Notice) {
	t.Helper()
	dir := "../../testdata/hostedlifecycle"
	c, _ := kindtest.Load(t, dir+"/jspgen.toml", dir+"/content")
	p, _ := kindtest.Product(t, c, "readline")
	for i := range p.Notices {
		if p.Notices[i].ID == "eos-2023-2" {
			edit(&p.Notices[i])
			return kindtest.Env(c, p.Notices[i].Document.ReleaseDate), p, p.Notices[i]
		}
	}
	t.Fatal("the hostedlifecycle fixture has no notice eos-2023-2")
	return nil, p, content.Notice{}
}

// nothingAtCustomer are the notice's paragraphs saying that nothing of
// the product runs at the customer, as plain text the way its twin words
// them: its pointer to its section 5.1 names the notes that carry that
// section.
func nothingAtCustomer(md string) []string {
	link := "in [5.1 Switch-off of the hosted service and the customer's data](#5-1-switch-off-of-the-hosted-service-and-the-customer-s-data)"
	var out []string
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "Nothing of the ") {
			out = append(out, strings.ReplaceAll(l, link, `in the notes "Lifecycle milestones" and "Exporting the customer's data"`))
		}
	}
	return out
}

// TestNoticeTwinSaysNothingRunsAtTheCustomer: where an end-of-life or
// end-of-support notice about a product only its manufacturer hosts says
// that nothing of it runs at the customer in place of operating systems,
// backup or decommissioning, its CSAF twin says the same, each in the
// note of that subject, word for word but for the notice's link to its
// section 5.1 (templates/partials/hostedonly.md.tmpl and
// hostedOnlySentence must agree); where the notice states the step
// itself, neither says it.
func TestNoticeTwinSaysNothingRunsAtTheCustomer(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(*content.Notice)
		// titles are the twin notes that say it, in the notice's order.
		titles []string
	}{
		{"data not stated", func(*content.Notice) {}, []string{"Operating systems", "What the customer is asked to do", "Decommissioning"}},
		{"data stated", func(n *content.Notice) {
			n.HostedService.Export = "The clinic exports its reports from the admin page."
		},
			[]string{"Operating systems", "What the customer is asked to do", "Decommissioning"}},
		{"steps stated", func(n *content.Notice) {
			n.OperatingSystems = []string{"Ubuntu 22.04, run by Halvorsen"}
			n.Actions.Backup = "Export the reports first."
			n.Decommissioning = "Remove the clinic's sign-in from the directory."
		}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			env, p, n := hostedNotice(t, c.edit)
			prep, _ := kindtest.Prepare(t, notices.Kind, env, p)
			var md string
			for _, d := range prep.Documents {
				if d.Path == "notices/"+n.ID {
					md = kindtest.Render(t, env, p, d)
				}
			}
			said := nothingAtCustomer(md)
			if len(said) != len(c.titles) {
				t.Fatalf("the notice says nothing runs at the customer %d times, want %d:\n%s", len(said), len(c.titles), strings.Join(said, "\n"))
			}
			notes := noticeAdvisory(env, p, n).Doc.Document.Notes
			twin := 0
			for _, x := range notes {
				twin += strings.Count(x.Text, "Nothing of the ")
			}
			if twin != len(said) {
				t.Errorf("the twin says nothing runs at the customer %d times, the notice %d", twin, len(said))
			}
			for i, s := range said {
				note, ok := noteTitled(notes, c.titles[i])
				if !ok || !strings.Contains(note.Text, s) {
					t.Errorf("the twin's note %q does not say, as the notice:\n%s\nit says:\n%s", c.titles[i], s, note.Text)
				}
				if c.titles[i] == "What the customer is asked to do" && !strings.Contains(note.Text, "Backup: "+s) {
					t.Errorf("the twin says it of backup not under Backup:\n%s", note.Text)
				}
			}
			if c.name == "data stated" {
				if !strings.Contains(strings.Join(said, "\n"), `in the notes "Lifecycle milestones"`) {
					t.Errorf("the notice does not point to its section 5.1:\n%s", strings.Join(said, "\n"))
				}
				if _, ok := noteTitled(notes, "Exporting the customer's data"); !ok {
					t.Error(`the twin points to its note "Exporting the customer's data" but has none`)
				}
			}
		})
	}
}

// TestNoticeTwinOfADeviceSaysNothingOfHosting: the example's notices are
// about a device the customer runs: no twin says that nothing of it runs
// at the customer.
func TestNoticeTwinOfADeviceSaysNothingOfHosting(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	for _, n := range p.Notices {
		if n.Security() {
			continue
		}
		n.OperatingSystems, n.Actions.Backup, n.Decommissioning = nil, "", ""
		for _, x := range noticeAdvisory(env, p, n).Doc.Document.Notes {
			if strings.Contains(x.Text, "Nothing of the ") {
				t.Errorf("notice %s: the twin's note %q says nothing runs at the customer: %s", n.ID, x.Title, x.Text)
			}
		}
	}
}
