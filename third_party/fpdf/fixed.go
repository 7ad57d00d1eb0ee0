package fpdf

import (
	"math"
	"strconv"
)

// appendFixed appends v with prec decimals, as strconv.AppendFloat(b, v,
// 'f', prec, 64) does, byte for byte. Every coordinate, width and font
// size of a page goes through here (3 % of the CPU of jspgen's
// 100-product build in strconv's general algorithm). A finite v whose
// scaled value v·10^prec is small rounds the same way from its float
// product as from its exact value unless that product lies near a half:
// those, and everything else, are left to strconv.
func appendFixed(b []byte, v float64, prec int) []byte {
	if prec < 0 || prec >= len(pow10s) {
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	a := math.Abs(v)
	s := a * pow10s[prec]
	// Below 2^30 the product is within 2^-22 of the exact value: away
	// from a half by 1e-6, both round to the same integer.
	if !(s < 1<<30) {
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	whole := math.Floor(s)
	frac := s - whole
	if math.Abs(frac-0.5) < 1e-6 {
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	n := uint64(whole)
	if frac > 0.5 {
		n++
	}
	if math.Signbit(v) {
		b = append(b, '-')
	}
	if prec == 0 {
		return strconv.AppendUint(b, n, 10)
	}
	p := uint64(pow10s[prec])
	b = strconv.AppendUint(b, n/p, 10)
	b = append(b, '.')
	// The decimals, with their leading zeros.
	b = append(b, "000000"[:prec]...)
	for i, d := len(b)-1, n%p; d > 0; i, d = i-1, d/10 {
		b[i] = byte('0' + d%10)
	}
	return b
}

var pow10s = [...]float64{1, 10, 100, 1e3, 1e4, 1e5, 1e6}
