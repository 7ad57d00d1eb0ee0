package generator

import (
	"strings"
	"testing"
)

// TestCheckWarnsOwnComponentEnd: euonly's pump software rhenfluss-pumpd
// 3.0, supplied by Rhenfluss itself, states an end of support of
// 2032-12-31 while version 3.0's end of support is not written, and
// check did not say so (the lifecycle page and the CSD printed 2032-12-31
// beside 3.0's "Not announced").
func TestCheckWarnsOwnComponentEnd(t *testing.T) {
	got := fixtureCheck(t, "euonly", "", nil)
	want := "component rhenfluss-pumpd 3.0 of version 3.0 is the manufacturer's own software (its supplier is Rhenfluss Medizintechnik GmbH) and states an end of support on 2032-12-31, but version 3.0's end_of_support (versions[1]) is not written"
	if strings.Count(got, want) != 1 {
		t.Errorf("want one warning %q; got:\n%s", want, got)
	}
}

// TestCheckWarnsHostedPHIUnkept: ctscanner's DF-08 sends logs and PHI to
// the Service Centre, which Halvorsen hosts, and no data store is listed
// on it (the CSD: "no data at rest is listed on this part"); check did
// not say that the data do not tell whether Halvorsen keeps that PHI.
func TestCheckWarnsHostedPHIUnkept(t *testing.T) {
	got := fixtureCheck(t, "ctscanner", "", nil)
	want := "data_flows[7]: data flow DF-08 sends PHI to Halvorsen Service Centre, which the manufacturer hosts, but no data store is listed on service-centre"
	if strings.Count(got, want) != 1 {
		t.Errorf("want one warning %q; got:\n%s", want, got)
	}
}
