package content

import (
	"testing"
	"time"
)

func TestMarketedBefore524B(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return NewDate(y, m, day) }
	tests := []struct {
		name     string
		versions []Version
		want     Date
	}{
		{"no versions", nil, Date{}},
		{"no date stated", []Version{{Version: "1.0"}}, Date{}},
		{"the day before", []Version{{Version: "1.0", GeneralAvailability: d(2023, time.March, 28)}}, d(2023, time.March, 28)},
		{"the day itself", []Version{{Version: "1.0", GeneralAvailability: d(2023, time.March, 29)}}, Date{}},
		{"earliest of several, in any order", []Version{
			{Version: "2.0", GeneralAvailability: d(2024, time.May, 1)},
			{Version: "1.0", GeneralAvailability: d(2019, time.June, 3)},
		}, d(2019, time.June, 3)},
		{"all after", []Version{{Version: "1.0", GeneralAvailability: d(2024, time.May, 1)}}, Date{}},
	}
	for _, tc := range tests {
		p := &Product{Versions: tc.versions}
		if got := p.MarketedBefore524B(); got != tc.want {
			t.Errorf("%s: MarketedBefore524B() = %v, want %v", tc.name, got, tc.want)
		}
	}
}
