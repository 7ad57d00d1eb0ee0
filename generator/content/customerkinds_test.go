package content

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// kinds is customer as one string written, or not written ("").
func kinds(s string) CustomerKinds {
	if s == "" {
		return nil
	}
	return CustomerKinds{s}
}

// TestCustomerKindsDecodeAndCheck: customer is one kind or an array of
// kinds; an unknown, repeated or non-string kind, an empty array,
// manufacturer beside another kind and individual beside home_use = true
// are errors at customer's line.
func TestCustomerKindsDecodeAndCheck(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      CustomerKinds
		err       string // a diagnostic's text; "" for none
	}{
		{"one string", `customer = "hospital"`, CustomerKinds{"hospital"}, ""},
		{"several", `customer = ["hospital", "organisation", "individual"]`, CustomerKinds{"hospital", "organisation", "individual"}, ""},
		{"individual alone", `customer = "individual"`, CustomerKinds{"individual"}, ""},
		{"unknown in a list", `customer = ["hospital", "clinic"]`, nil, `p.toml:3: customer[1]: want one of hospital, organisation, individual, manufacturer; got "clinic"`},
		{"repeated", `customer = ["hospital", "hospital"]`, nil, `p.toml:3: customer[1]: "hospital" is listed twice`},
		{"empty", `customer = []`, nil, "p.toml:3: customer: an empty list names no customer"},
		{"not a string", `customer = [1]`, nil, "p.toml:3: customer[0]: want a string"},
		{"manufacturer beside others", `customer = ["manufacturer", "hospital"]`, nil, "p.toml:3: customer: manufacturer cannot be listed beside other kinds"},
		{"manufacturer alone", `customer = ["manufacturer"]`, CustomerKinds{"manufacturer"}, ""},
		{"individual at home", "customer = \"individual\"\nhome_use = true", nil, "p.toml:3: customer: individual (a clinician who buys the product for their own use) does not provide it to patients at home"},
		{"organisation at home", "customer = [\"organisation\", \"hospital\"]\nhome_use = true", CustomerKinds{"organisation", "hospital"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 2\nid = \"p\"\n" + tc.src + "\n"
			p := &Product{}
			_, diags, _ := DecodeTOML("p.toml", []byte(src), p)
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
			v := &productValidator{p: p}
			v.customerKinds()
			diags = append(diags, v.diags...)
			var errs []string
			for _, d := range diags {
				if d.Severity == Error && strings.HasPrefix(d.Path, "customer") {
					errs = append(errs, d.String())
				}
			}
			got := strings.Join(errs, "\n")
			if tc.err == "" {
				if got != "" {
					t.Fatalf("errors %s; want none", got)
				}
				if fmt.Sprint(p.Customer) != fmt.Sprint(tc.want) {
					t.Errorf("Customer = %v; want %v", p.Customer, tc.want)
				}
				return
			}
			if !strings.Contains(got, tc.err) {
				t.Errorf("errors %q; want one containing %q", got, tc.err)
			}
		})
	}
}

// TestCustomerReaders: several kinds name each kind's readers, a lone
// clinician is addressed as one, and a single organisational kind
// leaves the CSD its own words ("").
func TestCustomerReaders(t *testing.T) {
	const teams = "network, security and biomedical engineering teams"
	for _, tc := range []struct {
		kinds CustomerKinds
		want  string
	}{
		{nil, ""},
		{CustomerKinds{"hospital"}, ""},
		{CustomerKinds{"organisation"}, ""},
		{CustomerKinds{"individual"}, "the clinicians and practitioners who buy the device for their own use and look after it and the phones or computers they use it with"},
		{CustomerKinds{"hospital", "individual"}, "the " + teams + " of the hospitals that buy the device, and the clinicians and practitioners who buy it for their own use"},
		{CustomerKinds{"organisation", "individual"}, "whoever looks after the computers and network of the organisations that buy it (their own IT staff or an outside IT provider) and the people there responsible for it, and the clinicians and practitioners who buy it for their own use"},
		{CustomerKinds{"individual", "organisation", "hospital"}, "the " + teams + " of the hospitals that buy the device, whoever looks after the computers and network of the other organisations that buy it (their own IT staff or an outside IT provider) and the people there responsible for it, and the clinicians and practitioners who buy it for their own use"},
	} {
		p := &Product{Customer: tc.kinds}
		if got := p.CustomerReaders(teams, "device"); got != tc.want {
			t.Errorf("%v: CustomerReaders = %q; want %q", tc.kinds, got, tc.want)
		}
	}
}

// TestCustomerReaderList: only several kinds are listed one per kind, in
// the documents' order of kinds whatever order they were written in, and
// each item names the thing itself (a list item has no earlier "device"
// for "it" to stand for); one kind, or none, lists nothing, so the CSD's
// single-kind opening is unchanged.
func TestCustomerReaderList(t *testing.T) {
	const teams = "network, security and biomedical engineering teams"
	hosp := "the " + teams + " of the hospitals that buy the product"
	for _, tc := range []struct {
		kinds CustomerKinds
		want  []string
	}{
		{nil, nil},
		{CustomerKinds{"hospital"}, nil},
		{CustomerKinds{"organisation"}, nil},
		{CustomerKinds{"individual"}, nil},
		{CustomerKinds{"manufacturer"}, nil},
		{CustomerKinds{"individual", "hospital"}, []string{hosp, "the clinicians and practitioners who buy the product for their own use"}},
		{CustomerKinds{"organisation", "individual"}, []string{
			"whoever looks after the computers and network of the organisations that buy the product (their own IT staff or an outside IT provider) and the people there responsible for it",
			"the clinicians and practitioners who buy the product for their own use"}},
		{CustomerKinds{"individual", "organisation", "hospital"}, []string{hosp,
			"whoever looks after the computers and network of the other organisations that buy the product (their own IT staff or an outside IT provider) and the people there responsible for it",
			"the clinicians and practitioners who buy the product for their own use"}},
	} {
		p := &Product{Customer: tc.kinds}
		if got := p.CustomerReaderList(teams, "product"); !slices.Equal(got, tc.want) {
			t.Errorf("%v: CustomerReaderList = %q; want %q", tc.kinds, got, tc.want)
		}
	}
}
