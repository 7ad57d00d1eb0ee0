package scaffold

import (
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// File is one file init writes, at a slash path relative to the new
// repository.
type File struct {
	Path string
	Data []byte
}

// Files returns what `jspgen init` writes, sorted by path: the example's
// site file and product files annotated with the content model's field
// documentation, the product asset folders (SBOMs, diagrams), a Makefile,
// a .gitignore for the built site and a CI workflow. example holds
// jspgen.toml and content/; version is the jspgen version the Makefile
// names as the one it was scaffolded by.
func Files(example fs.FS, version string) ([]File, error) {
	var out []File
	site, err := fs.ReadFile(example, "jspgen.toml")
	if err != nil {
		return nil, err
	}
	out = append(out, File{"jspgen.toml", Annotate(prepend(withoutAggregatorConsent(site), siteHeader), reflect.TypeFor[content.Site]())})
	err = fs.WalkDir(example, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(example, p)
		if err != nil {
			return err
		}
		if path.Dir(p) == "content" && strings.HasSuffix(p, ".toml") {
			data = Annotate(prepend(data, productHeader), reflect.TypeFor[content.Product]())
		}
		out = append(out, File{p, data})
		return nil
	})
	if err != nil {
		return nil, err
	}
	out = append(out,
		File{"Makefile", []byte(fmt.Sprintf(makefile, version))},
		File{".gitignore", []byte(gitignore)},
		File{".github/workflows/docs.yml", []byte(workflow)},
	)
	slices.SortFunc(out, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return out, nil
}

// withoutAggregatorConsent leaves out the example's [manufacturer.csaf]
// table, its permission for CSAF aggregators to list and mirror its CSAF
// documents: a policy the new manufacturer has not decided, which the
// scaffold must not publish for it. Left out, the provider metadata says
// they may not and check warns; Annotate lists the table, commented out
// and documented, with the tables the file does not use.
func withoutAggregatorConsent(site []byte) []byte {
	lines := strings.SplitAfter(string(site), "\n")
	start := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "[manufacturer.csaf]" })
	if start < 0 {
		return site
	}
	end := start + 1 // the table's keys, up to a blank line or the next table
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" && !strings.HasPrefix(strings.TrimSpace(lines[end]), "[") {
		end++
	}
	for start > 0 && strings.HasPrefix(strings.TrimSpace(lines[start-1]), "#") {
		start-- // the example's comment on its own choice
	}
	note := []string{
		"# [manufacturer.csaf]: decide whether CSAF aggregators may list your CSAF\n",
		"# provider and mirror your CSAF documents. Until you do, the provider\n",
		"# metadata says they may not and 'make check' warns; the table is listed,\n",
		"# commented out, at the end of this file.\n",
	}
	return []byte(strings.Join(slices.Concat(lines[:start], note, lines[end:]), ""))
}

func prepend(src []byte, header string) []byte {
	return append([]byte(header), src...)
}

const siteHeader = `# Scaffolded by 'jspgen init' from jspgen's example: replace the example
# manufacturer with yours. 'make check' warns where the example's names,
# domains, phone numbers, long texts and whole [[...]] entries are still
# here, but not at every short value (an hours text, a date, a yes/no):
# review every table. Every key is documented above its first use; keys
# the example leaves out are listed commented out.

`

// productHeader opens every product file init writes: the example has
// more than one (an infusion pump, dosing software), each saying below
// what it is, so the header names none.
const productHeader = `# Scaffolded by 'jspgen init' from one of jspgen's example products, the
# one this file describes below: replace its facts with your product's, and
# rename this file and the asset folder beside it (SBOMs, diagrams) to your
# product's id. Every key is documented above its first use; keys and tables
# the example leaves out are listed commented out. 'make check' says what is
# missing, and warns where the example's names, document IDs, long texts and
# whole [[...]] entries are still here; it does not compare every short
# value (a date, a port, an MDS2 answer) nor the SBOM, VEX and diagram files
# beside this file: review every table, and replace or delete each file.

`

const makefile = `# Security documentation of this product repository, built with jspgen
# (scaffolded by jspgen %s).
#   make docs    build site/ (Markdown, HTML and PDF of every document)
#   make check   validate the product data, writing nothing (for CI)
#   make serve   preview on http://127.0.0.1:8080/, rebuilding on change
# jspgen is taken from PATH; point JSPGEN at another build with:
#   make docs JSPGEN=/path/to/jspgen
JSPGEN ?= jspgen

.PHONY: docs check serve clean need-jspgen

docs: need-jspgen
	$(JSPGEN) build

check: need-jspgen
	$(JSPGEN) check

serve: need-jspgen
	$(JSPGEN) serve

clean:
	rm -rf site

# jspgen is not published as a Go module yet: install it from a checkout
# of the jspgen repository.
need-jspgen:
	@command -v $(firstword $(JSPGEN)) >/dev/null 2>&1 || { { \
	  echo "jspgen not found (JSPGEN=$(JSPGEN))."; \
	  echo "Install it from a checkout of the jspgen repository:"; \
	  echo "    cd /path/to/jspgen && go install ./cmd/jspgen"; \
	  echo "then put \$$(go env GOPATH)/bin on PATH, or run: make $(MAKECMDGOALS) JSPGEN=/path/to/jspgen"; \
	  } >&2; exit 1; }
`

// gitignore keeps the built site and jspgen's build cache out of the
// repository: the site is rebuilt from the product data, and CI publishes it.
const gitignore = `# built by 'make docs' (jspgen build); CI publishes it
site/
# jspgen build's cache, safe to delete
.jspgen-cache/
`

const workflow = `# Builds the security documentation on every push and publishes site/ to
# GitHub Pages from the default branch. Pull requests run the check only.
name: docs

on:
  push:
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: stable
      # The Makefile runs jspgen from PATH. jspgen is not published as a Go
      # module yet: add a step here that installs it (go install ./cmd/jspgen
      # in a checkout of the jspgen repository), or set JSPGEN.
      - name: Check the product data
        run: make check
      - name: Build the site
        # reproducible output: the build is dated by the last commit
        run: SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)" make docs
      - uses: actions/upload-pages-artifact@v3
        if: github.event_name == 'push' && github.ref_name == github.event.repository.default_branch
        with:
          path: site

  publish:
    needs: build
    if: github.event_name == 'push' && github.ref_name == github.event.repository.default_branch
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deploy.outputs.page_url }}
    steps:
      - id: deploy
        uses: actions/deploy-pages@v4
`
