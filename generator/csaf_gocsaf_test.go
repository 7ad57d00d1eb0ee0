package generator

// The example site's CSAF provider, read the way the gocsaf tools read a
// provider (github.com/gocsaf/csaf, the BSI-funded reference
// implementation): its provider metadata, the changes.csv its directory
// distribution points to, and every advisory listed there. Test-only:
// the jspgen binary does not link gocsaf.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	gocsaf "github.com/gocsaf/csaf/v3/csaf"
	gocsafutil "github.com/gocsaf/csaf/v3/util"
	"github.com/jspgen/jspgen/generator/kind"
	kcsaf "github.com/jspgen/jspgen/generator/kind/csaf"
)

// siteClient answers every request from the built site folder, whatever
// the host, for URL paths under root (the base URL's path, "" for none):
// the provider's addresses name the manufacturer's website, which is not
// reachable (nor meant to be) from a test. A path outside root is not
// found.
func siteClient(site, root string) *http.Client {
	files := http.NewFileTransport(http.Dir(site))
	return &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		rest, ok := strings.CutPrefix(r.URL.Path, root+"/")
		if !ok {
			return &http.Response{StatusCode: http.StatusNotFound, Status: "404 Not Found", Body: http.NoBody, Request: r}, nil
		}
		r = r.Clone(r.Context())
		r.URL.Path = "/" + rest
		return files.RoundTrip(r)
	})}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// yearFolder is the folder year in an advisory's URL (CSAF 2.0 section
// 7.1.11: <year of initial_release_date>/<file>), as the gocsaf checker
// reads it.
var yearFolder = regexp.MustCompile(`/(\d{4})/[^/]+$`)

// gocsafAdvisoryProblems runs an advisory, fetched from u, through what
// gocsaf v3.5.1 checks offline: the file name is a conforming CSAF file
// name and derives from document.tracking.id (csaf_validator,
// csaf_checker), the JSON schema with formats asserted (ValidateCSAF), the
// strict typed parse that rejects unknown fields and the typed Validate
// (LoadAdvisory), and the checker's rule that the year folder is the
// year of initial_release_date.
func gocsafAdvisoryProblems(u string, data []byte) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	base := path.Base(u)
	if !gocsafutil.ConformingFileName(base) {
		add("%s is not a conforming CSAF file name", base)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return append(problems, "not JSON: "+err.Error())
	}
	errs, err := gocsaf.ValidateCSAF(doc)
	if err != nil {
		add("schema validation failed to run: %v", err)
	}
	for _, e := range errs {
		add("schema: %s", e)
	}
	if err := gocsafutil.IDMatchesFilename(gocsafutil.NewPathEval(), doc, base); err != nil {
		add("%v", err)
	}
	// LoadAdvisory reads only from a file.
	if tmp, err := os.CreateTemp("", "jspgen-gocsaf-*.json"); err != nil {
		add("%v", err)
	} else {
		_, werr := tmp.Write(data)
		tmp.Close()
		if _, err := gocsaf.LoadAdvisory(tmp.Name()); werr != nil || err != nil {
			add("LoadAdvisory: %v", cmp.Or(werr, err))
		}
		os.Remove(tmp.Name())
	}
	var d struct {
		Document struct {
			Tracking struct {
				InitialReleaseDate string `json:"initial_release_date"`
			}
		}
	}
	json.Unmarshal(data, &d)
	initial, err := time.Parse(time.RFC3339, d.Document.Tracking.InitialReleaseDate)
	m := yearFolder.FindStringSubmatch(u)
	switch {
	case err != nil:
		add("initial_release_date: %v", err)
	case m == nil:
		add("%s is not in a year folder", u)
	default:
		if y, _ := strconv.Atoi(m[1]); y != initial.UTC().Year() {
			add("%s is in folder %d but was first released in %d", u, y, initial.UTC().Year())
		}
	}
	return problems
}

// gocsafProviderProblems runs provider metadata through gocsaf's schema
// validation (ValidateProviderMetadata) and its strict typed load
// (LoadProviderMetadata).
func gocsafProviderProblems(data []byte) []string {
	var problems []string
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	errs, err := gocsaf.ValidateProviderMetadata(doc)
	if err != nil {
		problems = append(problems, "schema validation failed to run: "+err.Error())
	}
	for _, e := range errs {
		problems = append(problems, "schema: "+e)
	}
	if _, err := gocsaf.LoadProviderMetadata(bytes.NewReader(data)); err != nil {
		problems = append(problems, "LoadProviderMetadata: "+err.Error())
	}
	return problems
}

// TestGocsafReadsTheExampleProvider builds the example's CSAF files and
// reads them as a gocsaf client does: provider metadata, then the
// directory distribution's changes.csv (AdvisoryFileProcessor), then each
// advisory it lists. Every advisory the build wrote must be found that way
// and pass every offline check of gocsaf; both with the manufacturer's
// website as the provider's address (the example) and with a base_url
// that has a path.
func TestGocsafReadsTheExampleProvider(t *testing.T) {
	for _, c := range []struct {
		name, baseURL string
	}{
		{"website", ""},
		{"base_url with a path", "https://psirt.meridian-infusion.example/products"},
	} {
		t.Run(c.name, func(t *testing.T) {
			site := filepath.Join(t.TempDir(), "site")
			opts := exampleOptions(site)
			if c.baseURL != "" {
				opts.SiteFile = siteFileWithBaseURL(t, opts.SiteFile, c.baseURL)
			}
			// Only the csaf kind writes .well-known/csaf/; the other kinds
			// would only add PDFs to render.
			opts.Kinds = []kind.Kind{kcsaf.Kind}
			if _, err := Build(opts); err != nil {
				t.Fatal(err)
			}
			readProvider(t, site)
		})
	}
}

// siteFileWithBaseURL is a copy of the site file with base_url set.
func siteFileWithBaseURL(t *testing.T, siteFile, baseURL string) string {
	t.Helper()
	b, err := os.ReadFile(siteFile)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("\nbase_url")) {
		t.Fatal("the example site file already sets base_url")
	}
	// Top-level keys come before the first table.
	i := bytes.Index(b, []byte("\n["))
	if i < 0 {
		t.Fatal("the example site file has no table")
	}
	out := filepath.Join(t.TempDir(), "jspgen.toml")
	edited := slices.Concat(b[:i+1], []byte("base_url = \""+baseURL+"\"\n"), b[i+1:])
	if err := os.WriteFile(out, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

// readProvider reads the provider in the built site through gocsaf.
func readProvider(t *testing.T, site string) {
	t.Helper()
	pmd, err := os.ReadFile(filepath.Join(site, kcsaf.ProviderMetadata))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range gocsafProviderProblems(pmd) {
		t.Errorf("%s: %s", kcsaf.ProviderMetadata, p)
	}

	var written []string
	filepath.WalkDir(filepath.Join(site, kcsaf.Root), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") && filepath.Base(p) != "provider-metadata.json" {
			rel, _ := filepath.Rel(site, p)
			written = append(written, filepath.ToSlash(rel))
		}
		return err
	})
	if len(written) < 6 {
		t.Fatalf("the example wrote %d CSAF documents (%v); want at least the 6 it has (3 VEX, 2 lifecycle notices, 1 security advisory)", len(written), written)
	}

	var doc any
	if err := json.Unmarshal(pmd, &doc); err != nil {
		t.Fatal(err)
	}
	var canonical struct {
		CanonicalURL string `json:"canonical_url"`
	}
	json.Unmarshal(pmd, &canonical)
	pmdURL, err := url.Parse(canonical.CanonicalURL)
	if err != nil {
		t.Fatal(err)
	}
	// The site's root is where the provider metadata's URL path says
	// .well-known/ is.
	root, ok := strings.CutSuffix(pmdURL.Path, "/"+kcsaf.ProviderMetadata)
	if !ok {
		t.Fatalf("canonical_url %s does not end in /%s", pmdURL, kcsaf.ProviderMetadata)
	}
	client := siteClient(site, root)
	afp := gocsaf.NewAdvisoryFileProcessor(client, gocsafutil.NewPathEval(), doc, pmdURL)
	var found []string
	err = afp.Process(func(label gocsaf.TLPLabel, files []gocsaf.AdvisoryFile) error {
		if label != gocsaf.TLPLabelWhite {
			t.Errorf("distribution label %s; the example publishes TLP:WHITE only", label)
		}
		for _, f := range files {
			u, err := url.Parse(f.URL())
			if err != nil {
				return err
			}
			if u.Host != pmdURL.Host {
				t.Errorf("%s is not on the provider's host %s", u, pmdURL.Host)
			}
			found = append(found, strings.TrimPrefix(u.Path, root+"/"))
			resp, err := client.Get(f.URL())
			if err != nil {
				return err
			}
			data, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK {
				t.Errorf("%s: status %d, %v", f.URL(), resp.StatusCode, err)
				continue
			}
			for _, p := range gocsafAdvisoryProblems(f.URL(), data) {
				t.Errorf("%s: %s", u.Path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(found)
	slices.Sort(written)
	if !slices.Equal(found, written) {
		t.Errorf("gocsaf found through changes.csv:\n%v\nthe build wrote:\n%v", found, written)
	}
	t.Logf("gocsaf read %d advisories through %s", len(found), canonical.CanonicalURL)
}

// TestGocsafChecksCatchFaults: the checks above reject a document with
// each fault they look for, so a clean run means something.
func TestGocsafChecksCatchFaults(t *testing.T) {
	const good = "https://x.example/.well-known/csaf/white/2024/x-1.json"
	doc := func(id, initial, extra string) []byte {
		return []byte(`{"document":{"category":"csaf_base","csaf_version":"2.0","publisher":{"category":"vendor","name":"x","namespace":"https://x.example"},"title":"t",` +
			`"tracking":{"id":"` + id + `","current_release_date":"2024-05-01T00:00:00Z","initial_release_date":"` + initial + `",` +
			`"revision_history":[{"date":"2024-05-01T00:00:00Z","number":"1","summary":"s"}],"status":"final","version":"1"}` + extra + `}}`)
	}
	if p := gocsafAdvisoryProblems(good, doc("X-1", "2024-05-01T00:00:00Z", "")); len(p) != 0 {
		t.Fatalf("a valid document is rejected: %v", p)
	}
	for _, c := range []struct {
		name, url string
		data      []byte
		want      string
	}{
		{"file name not from the tracking ID", good, doc("X-2", "2024-05-01T00:00:00Z", ""), "does not match document/tracking/id"},
		{"upper-case file name", "https://x.example/.well-known/csaf/white/2024/X-1.json", doc("X-1", "2024-05-01T00:00:00Z", ""), "not a conforming CSAF file name"},
		{"wrong year folder", "https://x.example/.well-known/csaf/white/2023/x-1.json", doc("X-1", "2024-05-01T00:00:00Z", ""), "is in folder 2023 but was first released in 2024"},
		{"unknown field", good, doc("X-1", "2024-05-01T00:00:00Z", `,"colour":"red"`), "LoadAdvisory"},
		{"date without time", good, doc("X-1", "2024-05-01", ""), "schema:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := gocsafAdvisoryProblems(c.url, c.data)
			if !strings.Contains(strings.Join(p, "\n"), c.want) {
				t.Errorf("problems %q; want one containing %q", p, c.want)
			}
		})
	}
	if p := gocsafProviderProblems([]byte(`{"canonical_url":"https://x.example/.well-known/csaf/provider-metadata.json","last_updated":"2024-05-01T00:00:00Z","metadata_version":"2.0","role":"csaf_provider","list_on_CSAF_aggregators":true,"mirror_on_CSAF_aggregators":true,"publisher":{"category":"vendor","name":"x","namespace":"https://x.example"}}`)); len(p) != 0 {
		t.Errorf("valid provider metadata is rejected: %v", p)
	}
	if p := gocsafProviderProblems([]byte(`{"canonical_url":"https://x.example/provider-metadata.json","last_updated":"2024-05-01T00:00:00Z","metadata_version":"2.0","role":"csaf_provider","publisher":{"category":"vendor","name":"x","namespace":"https://x.example"}}`)); len(p) == 0 {
		t.Errorf("provider metadata not at .well-known/csaf/provider-metadata.json and without the aggregator flags is accepted")
	}
}
