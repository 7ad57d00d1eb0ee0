package main

import (
	"strings"
	"testing"
	"time"
)

// TestSourceDateRange: SOURCE_DATE_EPOCH outside 1970-01-01 … 9999-12-31
// is an error that gives the allowed range (year 10000 wrote a PDF date
// read as year 1000).
func TestSourceDateRange(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want string // the date, or "" for an error
	}{
		{"0", "1970-01-01"},
		{"1772409600", "2026-03-02"},
		{"253402300799", "9999-12-31"},
		{"253402300800", ""},
		{"-1", ""},
		{"99999999999999", ""},
		{"1e9", ""},
	} {
		t.Setenv("SOURCE_DATE_EPOCH", tc.v)
		sd, err := sourceDate()
		if tc.want == "" {
			if err == nil || !strings.Contains(err.Error(), "from 0 to 253402300799 (1970-01-01 to 9999-12-31)") {
				t.Errorf("SOURCE_DATE_EPOCH=%s: got %v, %v; want an error giving the range", tc.v, sd, err)
			}
			continue
		}
		if err != nil || sd.Format(time.DateOnly) != tc.want {
			t.Errorf("SOURCE_DATE_EPOCH=%s: got %v, %v; want %s", tc.v, sd, err, tc.want)
		}
	}
}
