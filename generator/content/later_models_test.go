package content

import (
	"reflect"
	"testing"
	"time"
)

// TestLaterModels: a model no version of the earliest general
// availability runs on came to market later, with the first version that
// runs on it; a version naming no models runs on every model, and
// versions released on the same earliest day count alike.
func TestLaterModels(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return NewDate(y, m, day) }
	models := []Model{{ID: "A"}, {ID: "B"}, {ID: "C"}}
	tests := []struct {
		name     string
		versions []Version
		want     []LaterModel
	}{
		{"no versions", nil, nil},
		{"earliest on every model", []Version{{Version: "1.0", GeneralAvailability: d(2019, time.June, 3)}, {Version: "2.0", Models: []string{"C"}, GeneralAvailability: d(2024, time.May, 1)}}, nil},
		{"B and C later, in any order", []Version{
			{Version: "3.0", GeneralAvailability: d(2025, time.May, 1)},
			{Version: "1.0", Models: []string{"A"}, GeneralAvailability: d(2019, time.June, 3)},
			{Version: "2.0", Models: []string{"A", "B"}, GeneralAvailability: d(2023, time.April, 17)},
		}, []LaterModel{{ID: "B", Version: "2.0", Date: d(2023, time.April, 17)}, {ID: "C", Version: "3.0", Date: d(2025, time.May, 1)}}},
		{"same earliest day", []Version{
			{Version: "1.0", Models: []string{"A"}, GeneralAvailability: d(2019, time.June, 3)},
			{Version: "1.0D", Models: []string{"B", "C"}, GeneralAvailability: d(2019, time.June, 3)},
		}, nil},
		{"undated versions ignored", []Version{
			{Version: "0.9"},
			{Version: "1.0", Models: []string{"A", "B"}, GeneralAvailability: d(2019, time.June, 3)},
		}, nil},
	}
	for _, tc := range tests {
		p := &Product{Models: models, Versions: tc.versions}
		if got := p.LaterModels(); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: LaterModels() = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestServicesNeeded: a required cloud service and a part the
// manufacturer hosts are needed; an optional or unstated service is not.
func TestServicesNeeded(t *testing.T) {
	p := &Product{Cloud: Cloud{Services: []CloudService{
		{Name: "Optional", Required: False},
		{Name: "Unstated"},
		{Name: "Dosing API", Required: True},
	}}}
	if got := p.ServicesNeededText(); got != "the Dosing API" {
		t.Errorf("ServicesNeededText() = %q", got)
	}
	if got := (&Product{}).ServicesNeeded(); got != nil {
		t.Errorf("no services: ServicesNeeded() = %v", got)
	}
}
