package content

import (
	"fmt"
	"slices"
	"strings"
)

// Guidance is one edition of a guidance document, standard or statute the
// documents follow. The site file's [[guidance]] table holds them; the
// shipped defaults (DefaultGuidance) apply where the site file says
// nothing, so taking up a later edition is one edit of the site file.
type Guidance struct {
	ID      string `toml:"id" jsp:"required,key" doc:"Identifier the templates use: fda-premarket, 524b, fda-postmarket, imdrf-n60, imdrf-n70, hn1, jsp2, or a new one. A document lists an edition only where its template asks for the id (GuidanceFor), and the shipped templates ask for the ids above alone: a new id is listed only by templates of your own that cite it, and check warns about an id that no template in use cites."`
	Title   string `toml:"title" doc:"Title of the document (default: the shipped title for a known id; required for a new id)."`
	Edition string `toml:"edition" doc:"Edition or date followed, e.g. \"3 February 2026\" (default: the shipped edition for a known id; required for a new id)."`
	URL     string `toml:"url" jsp:"url" doc:"Where the edition is published (optional)."`
	// Published dates the edition, so that a document released before it
	// never lists it as followed (it lists the edition in force at its
	// release, or none). Shipped editions known to the month or year carry
	// that period's last day. Zero: undated, in force for every document.
	Published Date `toml:"published" doc:"Date the edition was published (optional): a document released before it does not list it as followed, but the edition of the same id in force at its release, or none. The shipped editions carry their dates; a site file entry that changes a shipped edition without this date applies to every document."`

	At string `toml:"-"` // key path where the site file writes it: guidance[2]; "" for a shipped edition it leaves alone
	// ReferenceOnly: the document lists the edition, written for medical
	// devices, about a product that is not one, so it is arranged after
	// it rather than meeting it (set by kind.DocumentData.GuidanceFor).
	ReferenceOnly bool `toml:"-"`
}

// DefaultGuidance are the editions jspgen's templates were written
// against, in the order documents list them. A site file entry with the
// same id replaces the fields it states.
//
// An id may have several editions, newest first: each document lists, per
// id, the newest edition published on or before its release date.
var DefaultGuidance = []Guidance{
	{ID: "fda-premarket", Title: "FDA guidance: Cybersecurity in Medical Devices: Quality Management System Considerations and Content of Premarket Submissions",
		Edition: "3 February 2026 (cybersecurity content of the June 2025 edition)", Published: NewDate(2026, 2, 3),
		URL: "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/cybersecurity-medical-devices-quality-system-considerations-and-content-premarket-submissions"},
	{ID: "fda-premarket", Title: "FDA guidance: Cybersecurity in Medical Devices: Quality System Considerations and Content of Premarket Submissions",
		Edition: "27 June 2025", Published: NewDate(2025, 6, 27),
		URL: "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/cybersecurity-medical-devices-quality-system-considerations-and-content-premarket-submissions"},
	{ID: "fda-premarket", Title: "FDA guidance: Cybersecurity in Medical Devices: Quality System Considerations and Content of Premarket Submissions",
		Edition: "27 September 2023", Published: NewDate(2023, 9, 27),
		URL: "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/cybersecurity-medical-devices-quality-system-considerations-and-content-premarket-submissions"},
	{ID: "524b", Title: "Federal Food, Drug, and Cosmetic Act section 524B, Ensuring cybersecurity of devices",
		Edition: "as added by the Consolidated Appropriations Act, 2023 (in force 29 March 2023)", Published: NewDate(2023, 3, 29),
		URL: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title21-section360n-2"}, // codified as 21 U.S.C. 360n-2
	{ID: "fda-postmarket", Title: "FDA guidance: Postmarket Management of Cybersecurity in Medical Devices",
		Edition: "28 December 2016", Published: NewDate(2016, 12, 28),
		URL: "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/postmarket-management-cybersecurity-medical-devices"},
	{ID: "imdrf-n60", Title: "IMDRF N60: Principles and Practices for Medical Device Cybersecurity",
		Edition: "IMDRF/CYBER WG/N60FINAL:2020 (March 2020)", Published: NewDate(2020, 3, 31),
		URL: "https://www.imdrf.org/documents/principles-and-practices-medical-device-cybersecurity"},
	{ID: "imdrf-n70", Title: "IMDRF N70: Principles and Practices for the Cybersecurity of Legacy Medical Devices",
		Edition: "IMDRF/CYBER WG/N70FINAL:2023 (April 2023)", Published: NewDate(2023, 4, 30),
		URL: "https://www.imdrf.org/documents/principles-and-practices-cybersecurity-legacy-medical-devices"},
	{ID: "hn1", Title: "ANSI/NEMA HN 1: Manufacturer Disclosure Statement for Medical Device Security (MDS2)",
		Edition: "HN 1-2019", Published: NewDate(2019, 12, 31),
		URL: "https://www.nema.org/standards/view/manufacturer-disclosure-statement-for-medical-device-security"},
	{ID: "jsp2", Title: "HSCC Medical Device and Health IT Joint Security Plan, version 2 (JSP2)",
		Edition: "March 2024", Published: NewDate(2024, 3, 31),
		URL: "https://healthsectorcouncil.org/"}, // the council's site: it publishes the plan
}

// applyGuidanceDefaults merges the site file's [[guidance]] entries into
// the shipped defaults: an entry with a known id replaces the fields it
// states; a new id needs a title and an edition and is listed after the
// defaults, in file order.
func (s *Site) applyGuidanceDefaults(src Source) Diagnostics {
	var diags Diagnostics
	out := slices.Clone(DefaultGuidance)
	seen := map[string]int{}
	for i, g := range s.Guidance {
		path := fmt.Sprintf("guidance[%d]", i)
		if j, ok := seen[strings.ToLower(g.ID)]; ok {
			diags = append(diags, Diagnostic{File: src.File, Line: src.Line(path + ".id"), Path: path + ".id",
				Message: fmt.Sprintf("duplicate guidance id %q (first at guidance[%d])", g.ID, j)})
			continue
		}
		seen[strings.ToLower(g.ID)] = i
		g.At = path
		if k := slices.IndexFunc(out, func(d Guidance) bool { return d.ID == g.ID }); k >= 0 {
			out[k].At = path
			if g.Title != "" {
				out[k].Title = g.Title
			}
			if g.Edition != "" {
				// Another edition than the shipped one: its date is its
				// own (none: it applies to every document), and the
				// shipped older editions no longer apply.
				out[k].Edition, out[k].Published = g.Edition, g.Published
				out = slices.DeleteFunc(out, func(d Guidance) bool { return d.ID == g.ID && d.Edition != g.Edition })
			} else if !g.Published.IsZero() {
				out[k].Published = g.Published
			}
			if g.URL != "" {
				out[k].URL = g.URL
			}
			continue
		}
		for _, f := range []struct{ key, val string }{{"title", g.Title}, {"edition", g.Edition}} {
			if strings.TrimSpace(f.val) == "" {
				diags = append(diags, Diagnostic{File: src.File, Line: src.Line(path), Path: path + "." + f.key,
					Message: fmt.Sprintf("missing: guidance %q is not one jspgen ships (%s), so it needs a %s", g.ID, guidanceIDs(), f.key)})
			}
		}
		out = append(out, g)
	}
	s.Guidance = out
	return diags
}

// guidanceIDs lists the shipped ids (those of a site without entries).
func guidanceIDs() string { return strings.Join((&Site{}).guidanceIDs(), ", ") }

// GuidanceFor returns the current editions with the given ids (per id
// the newest, or the undated one), in the site's order: what a template
// prints as the editions followed. An unknown id is a template error.
// Documents use GuidanceAt with their release date.
func (s *Site) GuidanceFor(ids ...string) ([]Guidance, error) {
	return s.GuidanceAt(Date{}, ids...)
}

// GuidanceAt is GuidanceFor for a document released on date: per id, the
// newest edition published on or before that date (an undated edition
// always applies); an id with none is left out, so that the document
// never says it follows an edition published after it.
func (s *Site) GuidanceAt(date Date, ids ...string) ([]Guidance, error) {
	list := s.editions()
	for _, id := range ids {
		if !slices.ContainsFunc(list, func(g Guidance) bool { return g.ID == id }) {
			return nil, fmt.Errorf("unknown guidance id %q (want one of %s)", id, strings.Join(s.guidanceIDs(), ", "))
		}
	}
	var out []Guidance
	for _, id := range s.guidanceIDs() { // the site's order
		if !slices.Contains(ids, id) {
			continue
		}
		if e, ok := s.EditionAt(date, id); ok {
			out = append(out, e)
		}
	}
	return out, nil
}

// EditionAt is the edition of id in force on date (see GuidanceAt); a
// zero date asks for the current edition.
func (s *Site) EditionAt(date Date, id string) (Guidance, bool) {
	var best Guidance
	found := false
	for _, g := range s.editions() {
		switch {
		case g.ID != id:
		case g.Published.IsZero():
			return g, true
		case date.IsZero() || !date.Before(g.Published):
			if !found || best.Published.Before(g.Published) {
				best, found = g, true
			}
		}
	}
	return best, found
}

// editions is the merged table; the shipped defaults for a site that
// was not loaded from a file (tests, library use).
func (s *Site) editions() []Guidance {
	if len(s.Guidance) == 0 {
		return DefaultGuidance
	}
	return s.Guidance
}

func (s *Site) guidanceIDs() []string {
	var ids []string
	for _, g := range s.editions() {
		if !slices.Contains(ids, g.ID) {
			ids = append(ids, g.ID)
		}
	}
	return ids
}

// Edition returns the current edition with the given id (zero when
// there is none).
func (s *Site) Edition(id string) Guidance {
	g, _ := s.EditionAt(Date{}, id)
	return g
}
