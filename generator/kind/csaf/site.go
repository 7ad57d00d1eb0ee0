package csaf

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/export"
	"github.com/jspgen/jspgen/generator/kind"
)

// Site file paths.
const (
	ProviderMetadata = Root + "provider-metadata.json"
	IndexTxt         = Root + "white/index.txt"
	ChangesCSV       = Root + "white/changes.csv"
	SecurityTxt      = ".well-known/security.txt"
	Feed             = "feed.xml"
)

// siteURL is where the site is published: base_url, else the
// manufacturer's website (a CSAF provider's metadata lives at its
// domain's /.well-known/csaf/).
func siteURL(env *kind.Env) string {
	return strings.TrimSuffix(cmp.Or(env.Content.Site.BaseURL, env.Content.Site.Manufacturer.Website), "/")
}

// SiteFiles are the CSAF documents and the provider layout around them,
// security.txt and the Atom feed.
func SiteFiles(env *kind.Env, advs []Advisory, products []kind.Product) ([]kind.File, error) {
	var all Part
	for _, p := range products {
		part, err := partOf(p, nil, env.AsOf)
		if err != nil {
			return nil, err
		}
		all.Notices = append(all.Notices, part.Notices...)
	}
	part, err := partOf(kind.Product{Product: &content.Product{}}, advs, env.AsOf)
	if err != nil {
		return nil, err
	}
	all.Advisories = part.Advisories
	return siteFiles(env, []Part{all})
}

// siteFiles are the site files made from the products' parts, in build
// order.
func siteFiles(env *kind.Env, parts []Part) ([]kind.File, error) {
	var advs []PartAdvisory
	for _, p := range parts {
		advs = append(advs, p.Advisories...)
	}
	slices.SortStableFunc(advs, func(a, b PartAdvisory) int { return cmp.Compare(a.Path, b.Path) })
	var files []kind.File
	for i := 1; i < len(advs); i++ {
		if advs[i].Path == advs[i-1].Path {
			return nil, fmt.Errorf("two CSAF documents share the file %s (tracking ID %s)", advs[i].Path, advs[i].TrackingID)
		}
	}
	var docs []kind.File
	var index strings.Builder
	type change struct{ path, date string }
	var changes []change
	newest := ""
	for _, a := range advs {
		cat := strings.NewReplacer("csaf_vex", "VEX", "csaf_", "", "_", " ").Replace(a.Category)
		docs = append(docs, kind.File{Path: a.Path, Label: "CSAF " + cat + " " + a.TrackingID + ": " + a.Title, Data: a.JSON})
		rel := strings.TrimPrefix(a.Path, Root+"white/")
		index.WriteString(rel + "\n")
		changes = append(changes, change{rel, a.CurrentReleaseDate})
		newest = max(newest, a.CurrentReleaseDate)
	}
	// changes.csv: newest first (CSAF 2.0 section 7.1.14).
	slices.SortStableFunc(changes, func(a, b change) int { return cmp.Or(cmp.Compare(b.date, a.date), cmp.Compare(a.path, b.path)) })
	var csv strings.Builder
	for _, c := range changes {
		fmt.Fprintf(&csv, "%q,%q\n", c.path, c.date)
	}
	// Without a document there is no provider: metadata asking
	// aggregators to list and mirror an empty directory would say there is.
	provider := len(advs) > 0
	var listing []kind.File
	if provider {
		listing = []kind.File{
			{Path: IndexTxt, Label: "CSAF index of the documents (index.txt)", Data: []byte(index.String())},
			{Path: ChangesCSV, Label: "CSAF changes, newest first (changes.csv)", Data: []byte(csv.String())},
		}
	}
	if base := siteURL(env); base != "" && provider {
		if newest == "" {
			newest = env.AsOf.String() + "T00:00:00.000Z"
		}
		// The aggregators' use of the documents is the publisher's to
		// allow: not stated, it is not allowed (aggregatorConsentUnstated).
		consent := env.Content.Site.Manufacturer.CSAF
		pm := csaf.ProviderMetadata{
			CanonicalURL: base + "/" + ProviderMetadata, LastUpdated: newest, MetadataVersion: "2.0", Role: "csaf_provider",
			ListOnCSAFAggregators: consent.ListOnAggregators.IsTrue(), MirrorOnCSAFAggregators: consent.MirrorOnAggregators.IsTrue(),
			Publisher:     providerPublisher(env, parts),
			Distributions: []csaf.Distribution{{DirectoryURL: base + "/" + Root + "white/"}},
		}
		// No public_openpgp_keys: they are the keys the documents are
		// signed with, and none is signed (the security contact's
		// pgp_key_url encrypts reports to it).
		b, err := export.JSON(pm)
		if err != nil {
			return nil, err
		}
		files = append(files, kind.File{Path: ProviderMetadata, Label: providerMetadataLabel(advs), Data: b})
	}
	files = append(files, docs...)
	files = append(files, listing...)
	files = append(files, kind.File{Path: SecurityTxt, Label: "security.txt (RFC 9116)", Data: securityTxt(env, provider)})
	feed, err := atomFeed(env, parts, advs)
	if err != nil {
		return nil, err
	}
	files = append(files, kind.File{Path: Feed, Label: feedLabel(parts, advs), Data: feed})
	return files, nil
}

// SecurityTxtExpires is the Expires date of security.txt for a site as
// of asOf. RFC 9116 recommends less than a year: the day before the as-of
// date's anniversary (the file states the contacts as of that date).
func SecurityTxtExpires(asOf content.Date) content.Date { return asOf.AddMonths(12).AddDays(-1) }

// securityTxt is .well-known/security.txt (RFC 9116); it names the CSAF
// provider metadata only when there is a provider.
func securityTxt(env *kind.Env, provider bool) []byte {
	s := env.Content.Site
	m := s.Manufacturer
	var b strings.Builder
	fmt.Fprintf(&b, "# Security contact of %s, generated by jspgen from the site file.\n", m.Name)
	if e := m.SecurityContact.Email; e != "" {
		fmt.Fprintf(&b, "Contact: mailto:%s\n", e)
	}
	if u := m.SecurityContact.URL; u != "" {
		fmt.Fprintf(&b, "Contact: %s\n", u)
	}
	if t, ok := telURI(m.SecurityContact.Phone); ok {
		fmt.Fprintf(&b, "Contact: %s\n", t)
	}
	if e := m.PSIRT.Email; e != "" {
		fmt.Fprintf(&b, "Contact: mailto:%s\n", e)
	}
	fmt.Fprintf(&b, "Expires: %sT00:00:00.000Z\n", SecurityTxtExpires(env.AsOf).String())
	if k := m.SecurityContact.PGPKeyURL; k != "" {
		fmt.Fprintf(&b, "Encryption: %s\n", k)
	}
	if u := m.CVDPolicyURL; u != "" {
		fmt.Fprintf(&b, "Policy: %s\n", u)
	}
	fmt.Fprintf(&b, "Preferred-Languages: %s\n", cmp.Or(s.Language, "en"))
	if base := strings.TrimSuffix(s.BaseURL, "/"); base != "" {
		fmt.Fprintf(&b, "Canonical: %s/%s\n", base, SecurityTxt)
		if provider {
			fmt.Fprintf(&b, "CSAF: %s/%s\n", base, ProviderMetadata)
		}
	}
	return []byte(b.String())
}

// telURI is a telephone number in international format as an RFC 3966
// tel URI, which RFC 9116 accepts as a Contact: spaces become the visual
// separator "-". A number not in international form ("+…"), or with
// characters a global number cannot hold, has no such URI.
func telURI(phone string) (string, bool) {
	phone = strings.TrimSpace(phone)
	if !strings.HasPrefix(phone, "+") {
		return "", false
	}
	tel := strings.Join(strings.Fields(phone), "-")
	digits := 0
	for _, r := range tel[1:] {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-' || r == '.' || r == '(' || r == ')':
		default:
			return "", false
		}
	}
	if digits == 0 {
		return "", false
	}
	return "tel:" + tel, true
}

type atom struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Author  atomAuthor  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomAuthor struct {
	Name  string `xml:"name"`
	Email string `xml:"email,omitempty"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	Title   string     `xml:"title"`
	ID      string     `xml:"id"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Summary string     `xml:"summary"`
}

// feedHasNotices reports whether the feed carries notices: some product
// publishes its notices with jspgen and has issued one.
func feedHasNotices(parts []Part) bool {
	return slices.ContainsFunc(parts, func(p Part) bool { return len(p.Notices) > 0 })
}

// feedLabel is the feed's link text on the index, worded as its title: a
// site without notices must not offer a feed "of notices", and one with
// neither notices nor advisories says that its feed is empty,
// not that the manufacturer publishes advisories here.
func feedLabel(parts []Part, advs []PartAdvisory) string {
	if feedHasNotices(parts) {
		return "Atom feed of notices and advisories"
	}
	if len(advs) == 0 {
		return "Atom feed of security advisories (empty: no advisory is published on this site)"
	}
	return "Atom feed of security advisories"
}

// atomFeed is the site's Atom feed: every notice (its page) and every CSAF
// document, newest first. Links are relative to the feed unless the site
// has a base URL.
func atomFeed(env *kind.Env, parts []Part, advs []PartAdvisory) ([]byte, error) {
	s := env.Content.Site
	href := func(rel string) string {
		if base := strings.TrimSuffix(s.BaseURL, "/"); base != "" {
			return base + "/" + rel
		}
		return rel
	}
	urn := func(name string) string { return siteURN(env, name) }
	type dated struct {
		e    atomEntry
		date string
	}
	var entries []dated
	for _, p := range parts {
		for _, n := range p.Notices {
			entries = append(entries, dated{atomEntry{Title: n.Title, ID: urn(n.Rel), Updated: n.Released + "T00:00:00Z",
				Links: []atomLink{{Rel: "alternate", Type: "text/html", Href: href(n.Rel)}}, Summary: n.Summary}, n.Released})
		}
	}
	for _, a := range advs {
		summary := "CSAF 2.0 " + strings.TrimPrefix(a.Category, "csaf_") + " document " + a.TrackingID + ", version " + a.Version + "."
		entries = append(entries, dated{atomEntry{Title: a.Title, ID: urn(a.Path), Updated: a.Released + "T00:00:00Z",
			Links: []atomLink{{Rel: "alternate", Type: "application/json", Href: href(a.Path)}}, Summary: summary}, a.Released})
	}
	slices.SortStableFunc(entries, func(a, b dated) int { return cmp.Or(cmp.Compare(b.date, a.date), cmp.Compare(a.e.ID, b.e.ID)) })
	title := s.Title + " — security advisories"
	if feedHasNotices(parts) {
		title = s.Title + " — notices and advisories"
	}
	f := atom{Title: title, ID: urn("feed:" + s.Title),
		Author: atomAuthor{Name: s.Manufacturer.Name, Email: s.Manufacturer.PSIRT.Email},
		Links:  []atomLink{{Rel: "self", Type: "application/atom+xml", Href: href(Feed)}}}
	newest := env.AsOf.String()
	if len(entries) > 0 {
		newest = entries[0].date
	}
	if newest == "" {
		newest = content.Date{}.Time().Format("2006-01-02")
	}
	f.Updated = newest + "T00:00:00Z"
	for _, e := range entries {
		f.Entries = append(f.Entries, e.e)
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	b.WriteString("\n")
	return b.Bytes(), nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
