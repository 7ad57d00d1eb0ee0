package fpdf

import (
	"math"
	"strconv"
	"testing"
)

// TestAppendFixed: appendFixed gives strconv's bytes for the numbers a
// page holds and for the ones it leaves to strconv (halves, negative
// zero, large, NaN and infinite values, precisions it has no power for).
func TestAppendFixed(t *testing.T) {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.005, 0.015, 0.025, 1.005, 2.675,
		-0.001, -0.004, -0.005, 0.994999, 0.995, 9.995, 9.996, 99.999, 841.89, 595.28, 28.3464567, 12.7, 1e8, 1e9 + 0.5,
		1 << 30, 1<<30 + 0.25, 1e15, 1e300, -1e300, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		0.1 + 0.2, 1.0 / 3, 2.0 / 3, 123456.7849999, 123456.785, 72.0 / 25.4}
	for _, v := range values {
		for prec := -1; prec <= 8; prec++ {
			want := strconv.AppendFloat(nil, v, 'f', prec, 64)
			if got := appendFixed(nil, v, prec); string(got) != string(want) {
				t.Errorf("appendFixed(%v, %d) = %q; want %q", v, prec, got, want)
			}
		}
	}
	if got := appendFixed([]byte("x "), 1.25, 1); string(got) != "x 1.2" {
		t.Errorf("appendFixed appended to a prefix = %q; want %q", got, "x 1.2")
	}
}

// FuzzAppendFixed: any float, any precision, the same bytes as strconv.
func FuzzAppendFixed(f *testing.F) {
	f.Add(2.675, 2)
	f.Add(-0.005, 2)
	f.Add(841.89, 5)
	f.Fuzz(func(t *testing.T, v float64, prec int) {
		prec = prec % 10
		want := strconv.AppendFloat(nil, v, 'f', prec, 64)
		if got := appendFixed(nil, v, prec); string(got) != string(want) {
			t.Errorf("appendFixed(%v, %d) = %q; want %q", v, prec, got, want)
		}
	})
}

// BenchmarkAppendFixed against strconv, for coordinates of a page.
func BenchmarkAppendFixed(b *testing.B) {
	buf := make([]byte, 0, 32)
	vs := make([]float64, 1024)
	for i := range vs {
		vs[i] = float64(i*8221%84189)/100 + 0.0037
	}
	b.Run("appendFixed", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			buf = appendFixed(buf[:0], vs[i&1023], 2)
		}
	})
	b.Run("strconv", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			buf = strconv.AppendFloat(buf[:0], vs[i&1023], 'f', 2, 64)
		}
	})
}
