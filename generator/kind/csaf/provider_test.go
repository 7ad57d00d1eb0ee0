package csaf_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	kcsaf "github.com/jspgen/jspgen/generator/kind/csaf"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// providerOf is the provider metadata of the example's CSAF site files
// made both ways a build makes them: all products prepared at once
// (Prepare), and from each product's encoded part (SiteFilesOf, when a
// build keeps an unchanged product's part), with the diagnostics of each.
func providerOf(t *testing.T, editSite func(*content.Site), editProduct func(*content.Product)) (map[string]map[string]any, map[string]content.Diagnostics) {
	t.Helper()
	c := kindtest.LoadExample(t)
	if editSite != nil {
		editSite(c.Site)
	}
	p, diags := kindtest.Product(t, c, kindtest.Example)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	if editProduct != nil {
		editProduct(p.Product)
	}
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	out, prepDiags := kindtest.Prepare(t, kcsaf.Kind, env, p)
	parts := kcsaf.Kind.(kind.PortfolioParts)
	_, part, partDiags := parts.PreparePart(env, p)
	if err := partDiags.Err(); err != nil {
		t.Fatal(err)
	}
	kept, keptDiags := parts.SiteFilesOf(env, [][]byte{part})
	metadata := map[string]map[string]any{}
	for way, files := range map[string][]kind.File{"prepared": out.SiteFiles, "from parts": kept} {
		for _, f := range files {
			if f.Path != kcsaf.ProviderMetadata {
				continue
			}
			var m map[string]any
			if err := json.Unmarshal(f.Data, &m); err != nil {
				t.Fatalf("%s: %v", way, err)
			}
			metadata[way] = m
		}
		if metadata[way] == nil {
			t.Fatalf("%s: no provider metadata", way)
		}
	}
	return metadata, map[string]content.Diagnostics{"prepared": prepDiags, "from parts": keptDiags}
}

// TestProviderMetadataAggregatorConsent: the provider metadata consented
// to aggregators listing the provider and mirroring its documents on
// every site, though no data said so. The site file now states each
// consent (manufacturer.csaf); not stated, the metadata gives none and
// check warns at the key; stated either way, it says what is stated and
// check is silent.
func TestProviderMetadataAggregatorConsent(t *testing.T) {
	const list, mirror = "manufacturer.csaf.list_on_aggregators", "manufacturer.csaf.mirror_on_aggregators"
	for _, c := range []struct {
		name         string
		consent      content.CSAF
		list, mirror bool
		warned       []string
	}{
		{"not stated", content.CSAF{}, false, false, []string{list, mirror}},
		{"given", content.CSAF{ListOnAggregators: content.True, MirrorOnAggregators: content.True}, true, true, nil},
		{"refused", content.CSAF{ListOnAggregators: content.False, MirrorOnAggregators: content.False}, false, false, nil},
		{"listing only", content.CSAF{ListOnAggregators: content.True, MirrorOnAggregators: content.False}, true, false, nil},
		{"mirroring not stated", content.CSAF{ListOnAggregators: content.True}, true, false, []string{mirror}},
	} {
		t.Run(c.name, func(t *testing.T) {
			metadata, diags := providerOf(t, func(s *content.Site) { s.Manufacturer.CSAF = c.consent }, nil)
			for way, m := range metadata {
				if m["list_on_CSAF_aggregators"] != c.list || m["mirror_on_CSAF_aggregators"] != c.mirror {
					t.Errorf("%s: list_on_CSAF_aggregators %v, mirror_on_CSAF_aggregators %v; want %v, %v", way, m["list_on_CSAF_aggregators"], m["mirror_on_CSAF_aggregators"], c.list, c.mirror)
				}
				var warned []string
				for _, d := range diags[way] {
					if strings.HasPrefix(d.Path, "manufacturer.csaf.") {
						if d.Severity != content.Warning || !strings.Contains(d.Message, "withholds the publisher's consent") {
							t.Errorf("%s: %s", way, d)
						}
						warned = append(warned, d.Path)
					}
				}
				if strings.Join(warned, " ") != strings.Join(c.warned, " ") {
					t.Errorf("%s: warned at %v; want %v", way, warned, c.warned)
				}
			}
		})
	}
}

// TestProviderMetadataNamesNoSigningKey: the provider metadata gave the
// security contact's key for confidential reports (pgp_key_url) as the
// key its CSAF documents are signed with; none is signed, so it names no
// such key.
func TestProviderMetadataNamesNoSigningKey(t *testing.T) {
	metadata, _ := providerOf(t, func(s *content.Site) {
		if s.Manufacturer.SecurityContact.PGPKeyURL == "" {
			t.Fatal("the example's security contact has no pgp_key_url")
		}
	}, nil)
	for way, m := range metadata {
		if keys, ok := m["public_openpgp_keys"]; ok {
			t.Errorf("%s: public_openpgp_keys %v, though no document is signed", way, keys)
		}
	}
}

// TestProviderPublisherNamesOtherMakers: the provider's publisher said the
// site's manufacturer "is the manufacturer of the products", while its
// documents about versions another company made say that company made
// them. It now says so too; a site whose manufacturer made every version
// keeps the plain statement.
func TestProviderPublisherNamesOtherMakers(t *testing.T) {
	authority := func(m map[string]any) string {
		pub, _ := m["publisher"].(map[string]any)
		s, _ := pub["issuing_authority"].(string)
		return s
	}
	own, _ := providerOf(t, nil, nil)
	for way, m := range own {
		if a := authority(m); !strings.HasPrefix(a, "Meridian Infusion Systems, Inc. is the manufacturer of the products. Vulnerabilities are reported to") {
			t.Errorf("%s, every version Meridian's: issuing_authority %q", way, a)
		}
	}
	var name string
	transferred, _ := providerOf(t, nil, func(p *content.Product) {
		name = p.Name
		p.Versions[0].Manufacturer = "Former Maker Ltd"
	})
	for way, m := range transferred {
		a := authority(m)
		kindtest.SaysAll(t, way+" issuing_authority", a,
			"Meridian Infusion Systems, Inc. is the manufacturer of the products, except the versions another company made. Former Maker Ltd made "+name+" 3.8.2, whose labeling names Former Maker Ltd as the manufacturer; Meridian Infusion Systems, Inc. supports it in its place. Vulnerabilities are reported to")
		kindtest.SaysNone(t, way+" issuing_authority", a, "is the manufacturer of the products.")
	}
}
