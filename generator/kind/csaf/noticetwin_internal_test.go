package csaf

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// exampleNotice is the example product, its environment and its first
// end-of-support notice about versions, whose fields a test then sets.
func exampleNotice(t *testing.T) (*kind.Env, kind.Product, content.Notice) {
	t.Helper()
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	for _, n := range p.Notices {
		if n.Kind == "end_of_support" && len(n.Versions) > 0 {
			return env, p, n
		}
	}
	t.Fatal("the example has no end-of-support notice about versions")
	return nil, p, content.Notice{}
}

func noteTitled(notes []csaf.Note, title string) (csaf.Note, bool) {
	i := slices.IndexFunc(notes, func(n csaf.Note) bool { return n.Title == title })
	if i < 0 {
		return csaf.Note{}, false
	}
	return notes[i], true
}

// TestNoticeTwinSaysWhatTheNoticeAsks: the CSAF twin of an end-of-life or
// end-of-support notice carries what the notice asks of its readers, not
// only its dates: the interfaces to disable, the ports to block and those
// the product needs (each by number), network isolation, backup and
// further steps; the upgrade paths; the components concerned; the
// decommissioning. A port on an interface to disable is not one the
// product needs.
func TestNoticeTwinSaysWhatTheNoticeAsks(t *testing.T) {
	env, p, n := exampleNotice(t)
	q := p.At(n.Versions[len(n.Versions)-1]).Product
	var onSide []content.Port
	for _, pt := range q.SortedPorts() {
		if p.OnCustomerSide(pt) && !p.PartOfPort(pt).Runs.IsManufacturerHosted() && !q.InternalPort(pt) {
			onSide = append(onSide, pt)
		}
	}
	// One port to block, one interface to disable, one port needed on
	// another interface: each of a different number.
	var block, needed, closed *content.Port
	for i := range onSide {
		pt := &onSide[i]
		switch {
		case block == nil:
			block = pt
		case closed == nil && pt.Number != block.Number && pt.Interface != block.Interface:
			closed = pt
		case closed != nil && needed == nil && pt.Number != block.Number && pt.Number != closed.Number && pt.Interface != closed.Interface &&
			!slices.ContainsFunc(onSide, func(x content.Port) bool { return x.Number == pt.Number && x.Interface == closed.Interface }):
			needed = pt
		}
	}
	if block == nil || closed == nil || needed == nil {
		t.Fatalf("the example's version %s has too few ports on the customer's side: %v", n.Versions[len(n.Versions)-1], onSide)
	}
	n.Actions = content.CustomerActions{
		DisableInterfaces: []string{closed.Interface}, BlockPorts: []int{block.Number},
		NetworkIsolation: "Put it on VLAN 7.", Backup: "Export the settings first.", Other: []string{"Label each device."},
	}
	n.UpgradePaths = []content.UpgradePath{{Kind: "software_only", ToVersion: p.Versions[len(p.Versions)-1].Version, Description: "A free update."},
		{Kind: "full_replacement", Target: "Model Z", Description: "Trade-in."}}
	n.Components = []content.NoticeComponent{{Name: "libfoo", Version: "1.0", Concern: "Its support ended."}}
	n.Decommissioning = "Wipe it twice."
	notes := noticeAdvisory(env, p, n).Doc.Document.Notes

	acts, ok := noteTitled(notes, "What the customer is asked to do")
	if !ok {
		t.Fatalf("no note of the customer actions; notes: %v", notes)
	}
	it := q.Interface(closed.Interface)
	kindtest.SaysAll(t, "customer actions", acts.Text,
		"Disable these interfaces: "+it.Name,
		fmt.Sprintf("Block these ports at the network:\n- %d/%s", block.Number, content.Label(block.Transport)),
		"the product needs only these ports",
		fmt.Sprintf("- %d/%s %s", needed.Number, content.Label(needed.Transport), needed.Service),
		"Network isolation: Put it on VLAN 7.", "Export the settings first.", "Further steps:\n- Label each device.")
	// No port the product needs is on the interface to disable.
	short := q.InterfaceShort(closed.Interface)
	neededList := acts.Text[strings.Index(acts.Text, "needs only these ports"):]
	for _, line := range strings.Split(neededList, "\n")[1:] {
		_, via, ok := strings.Cut(line, ", over ")
		if !ok {
			break
		}
		if via, _, _ = strings.Cut(via, ", "); strings.Contains(via, short) {
			t.Errorf("a port on the interface to disable (%s) is listed as needed: %s", short, line)
		}
	}
	up, ok := noteTitled(notes, "Upgrade paths")
	if !ok {
		t.Fatal("no note of the upgrade paths")
	}
	kindtest.SaysAll(t, "upgrade paths", up.Text, "- Software only, to software "+n.UpgradePaths[0].ToVersion, ": A free update.", "- Full replacement, to Model Z: Trade-in.")
	if dec, ok := noteTitled(notes, "Decommissioning"); !ok || !strings.HasPrefix(dec.Text, "Wipe it twice.") {
		t.Errorf("decommissioning: %q", dec.Text)
	}
	// The example's notice's own components, as its SBOM names them; a
	// notice the inventory has not matched, as the notice names them.
	comps, ok := noteTitled(notes, "Software components concerned")
	if resolved := p.Inventory.NoticeComponents(n.ID); !ok || len(resolved) == 0 || resolved[0] == nil ||
		!strings.HasPrefix(comps.Text, "- "+resolved[0].Name+" "+resolved[0].Version+": Its support ended.") {
		t.Errorf("components concerned: %q", comps.Text)
	}
	other := n
	other.ID = "not-in-the-data"
	comps, _ = noteTitled(noticeAdvisory(env, p, other).Doc.Document.Notes, "Software components concerned")
	if comps.Text != "- libfoo 1.0: Its support ended." {
		t.Errorf("components concerned, as the notice names them: %q", comps.Text)
	}

	// upgrade_paths = [] written: the manufacturer offers none, and says
	// so; not written, the twin says, as the notice, that which paths are
	// offered is not stated (never that none is).
	n.UpgradePaths, other.UpgradePaths = nil, nil
	if up, _ := noteTitled(noticeAdvisory(env, p, n).Doc.Document.Notes, "Upgrade paths"); !strings.Contains(up.Text, "offers no upgrade path") {
		t.Errorf("a notice writing upgrade_paths empty: upgrade paths %q", up.Text)
	}
	if up, _ := noteTitled(noticeAdvisory(env, p, other).Doc.Document.Notes, "Upgrade paths"); !strings.HasSuffix(up.Text, "offers for the affected devices is not stated.") {
		t.Errorf("a notice stating no upgrade paths: upgrade paths %q, want it said not stated", up.Text)
	}
}

// TestNoticeTwinSectionPointers: a CSAF document has no sections, so a
// note quoting the notice's words "see section 9.2" says whose sections
// they are: the notice's, by document ID and revision, and where it is
// published (its URL under the site's address, else its path on the
// site). A note naming no section, or a statute's section, gets nothing.
func TestNoticeTwinSectionPointers(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the dates are in section 5.", true},
		{"allow only the ports listed in section 9.2 to the server", true},
		{"Sections 5 and 6 give them.", true},
		{"see Section 11.", true},
		{"section 524B of the FD&C Act does not apply", false},
		{"under section 5 of the Medical Devices Act", false},
		{"the dates are below.", false},
		{"a cross-section of users", false},
	} {
		if got := pointsToSection(c.text); got != c.want {
			t.Errorf("pointsToSection(%q) = %v, want %v", c.text, got, c.want)
		}
	}

	env, p, n := exampleNotice(t)
	n.Summary = "It ends; the dates are in section 5."
	n.Maintenance = "None."
	n.Compensating = []string{"Allow only the ports listed in section 9.2."}
	link := p.ID + "/notices/" + n.ID + ".html"
	for _, site := range []struct {
		name          string
		base, website string
		where         string
	}{
		{"base_url", "https://docs.m.example/", "https://www.m.example", "published at https://docs.m.example/" + link},
		{"website only", "", "https://www.m.example", "published at https://www.m.example/" + link},
		{"no address", "", "", "published at " + link + " on the site that publishes this document"},
	} {
		t.Run(site.name, func(t *testing.T) {
			env.Content.Site.BaseURL, env.Content.Site.Manufacturer.Website = site.base, site.website
			notes := noticeAdvisory(env, p, n).Doc.Document.Notes
			whose := "Section numbers in this note are those of notice " + n.Document.ID + " revision " + n.Document.Revision + ", " + site.where + "."
			for _, title := range []string{"Summary", "Compensating controls"} {
				if x, _ := noteTitled(notes, title); !strings.HasSuffix(x.Text, "\n"+whose) {
					t.Errorf("%s note does not say whose sections it names:\n%s", title, x.Text)
				}
			}
			for _, x := range notes {
				if !pointsToSection(x.Text) && strings.Contains(x.Text, "Section numbers in this note") {
					t.Errorf("%s note names no section but is told whose:\n%s", x.Title, x.Text)
				}
			}
			if x, _ := noteTitled(notes, "Remaining maintenance"); x.Text != "None." {
				t.Errorf("remaining maintenance %q, want the notice's words alone", x.Text)
			}
		})
	}
}

// TestNoticeTwinNamesRelatedVersions: a notice announcing versions of a
// related system (Halcyon Connect) has them in its twin's product tree,
// beside the device versions, under their maker: a tool matching the
// tree against the customer's server finds the notice. A version is
// identified by the purl its SBOM states, else by name and version only.
func TestNoticeTwinNamesRelatedVersions(t *testing.T) {
	env, p, n := exampleNotice(t)
	if len(p.RelatedSystems) == 0 || len(p.RelatedSystems[0].Versions) < 2 {
		t.Fatal("the example's first related system has fewer than two versions")
	}
	s := p.RelatedSystems[0]
	n.RelatedSystem = s.ID
	n.RelatedVersions = nil
	for _, rv := range s.Versions {
		n.RelatedVersions = append(n.RelatedVersions, rv.Version)
	}
	found := func(tree []csaf.Branch, vendor string) map[string]*csaf.FullProduct {
		out := map[string]*csaf.FullProduct{}
		for _, v := range tree {
			if v.Category != "vendor" || v.Name != vendor {
				continue
			}
			for _, name := range v.Branches {
				if name.Name != s.Name {
					continue
				}
				for _, ver := range name.Branches {
					out[ver.Name] = ver.Product
				}
			}
		}
		return out
	}
	tree := noticeAdvisory(env, p, n).Doc.ProductTree.Branches
	site := env.Content.Site.Manufacturer.Name
	got := found(tree, site)
	ids := map[string]bool{}
	for _, rv := range s.Versions {
		fp := got[rv.Version]
		if fp == nil {
			t.Errorf("%s %s is not in the product tree: %+v", s.Name, rv.Version, tree)
			continue
		}
		ids[fp.ProductID] = true
		purl, _ := relatedIdentity(p, s.ID, rv.Version)
		switch {
		case purl == "" && fp.Helper != nil:
			t.Errorf("%s %s has identifiers %+v, which its data do not state", s.Name, rv.Version, fp.Helper)
		case purl != "" && (fp.Helper == nil || fp.Helper.PURL != purl):
			t.Errorf("%s %s: helper %+v, want its SBOM's purl %s", s.Name, rv.Version, fp.Helper, purl)
		}
	}
	for _, ver := range n.Versions {
		if ids[p.ID+"-"+ver] {
			t.Errorf("a related version shares the product ID of device version %s", ver)
		}
	}
	if len(tree) != 1 {
		t.Errorf("%d vendor branches, want the manufacturer's alone", len(tree))
	}
	// Another company's system sits under that company.
	p.RelatedSystems[0].Maker = "Other Maker GmbH"
	tree = noticeAdvisory(env, p, n).Doc.ProductTree.Branches
	if len(found(tree, "Other Maker GmbH")) != len(s.Versions) || len(found(tree, site)) != 0 {
		t.Errorf("a related system another company makes is not under that company: %+v", tree)
	}
	// A notice naming no related version adds none.
	n.RelatedVersions = nil
	if len(found(noticeAdvisory(env, p, n).Doc.ProductTree.Branches, "Other Maker GmbH")) != 0 {
		t.Error("a notice naming no related version puts the related system in its tree")
	}
}

// TestNoticeTwinAlwaysHasAnExternalReference: CSAF 2.0 asks an
// informational advisory for an external reference (6.1.27.2), with an
// absolute URL. Every site whose CSAF documents are published (it states
// a URL for the publisher's namespace) gets one: the notice at the site's
// address (base_url, else the website, as the provider metadata places
// the documents), naming the notice's document ID; else the disclosure
// policy, the advisories page or the PSIRT's page.
func TestNoticeTwinAlwaysHasAnExternalReference(t *testing.T) {
	env, p, n := exampleNotice(t)
	link := p.ID + "/notices/" + n.ID + ".html"
	for _, c := range []struct {
		name                                 string
		base, website, cvd, advisories, team string
		notice                               string // the notice's URL, "" for none
	}{
		{"website only", "", "https://www.m.example/", "", "", "", "https://www.m.example/" + link},
		{"base_url only", "https://docs.m.example", "", "", "", "", "https://docs.m.example/" + link},
		{"base_url and website", "https://docs.m.example", "https://www.m.example", "", "", "", "https://docs.m.example/" + link},
		{"disclosure policy only", "", "", "https://m.example/cvd", "", "", ""},
		{"PSIRT page only", "", "", "", "", "https://m.example/psirt", ""},
		{"PSIRT page and advisories", "", "", "", "https://m.example/advisories", "https://m.example/psirt", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := env.Content.Site
			s.BaseURL, s.Manufacturer.Website, s.Manufacturer.CVDPolicyURL = c.base, c.website, c.cvd
			s.Manufacturer.PSIRT.AdvisoriesURL, s.Manufacturer.PSIRT.URL = c.advisories, c.team
			if s.CSAFNamespace() == "" {
				t.Fatal("the case states no namespace: its documents are not published")
			}
			refs := noticeAdvisory(env, p, n).Doc.Document.References
			external := 0
			for _, r := range refs {
				u, err := url.Parse(r.URL)
				if err != nil || !u.IsAbs() {
					t.Errorf("reference %+v has no absolute URL", r)
				}
				if r.Category == "external" {
					external++
				}
			}
			if external == 0 {
				t.Fatalf("no external reference: %+v", refs)
			}
			i := slices.IndexFunc(refs, func(r csaf.Ref) bool { return strings.HasSuffix(r.URL, "/"+link) })
			switch {
			case c.notice == "" && i >= 0:
				t.Errorf("the notice is referenced at %s, though the site states no address", refs[i].URL)
			case c.notice != "" && i < 0:
				t.Errorf("the notice is not referenced: %+v", refs)
			case c.notice != "" && (refs[i].URL != c.notice || !strings.Contains(refs[i].Summary, n.Document.ID)):
				t.Errorf("notice reference %+v, want %s naming %s", refs[i], c.notice, n.Document.ID)
			}
			if c.team != "" && (c.advisories != "" || c.cvd != "") && slices.ContainsFunc(refs, func(r csaf.Ref) bool { return r.URL == c.team }) {
				t.Errorf("the PSIRT's page is referenced beside the pages the site states for it: %+v", refs)
			}
		})
	}
}
