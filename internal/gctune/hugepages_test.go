package gctune

import "testing"

func TestTHPMode(t *testing.T) {
	for _, c := range []struct{ enabled, want string }{
		{"always [madvise] never\n", "madvise"},
		{"[always] madvise never\n", "always"},
		{"always madvise [never]\n", "never"},
		{"always madvise never\n", ""}, // no choice marked
		{"always [madvise never\n", ""},
		{"", ""},
	} {
		if got := thpMode(c.enabled); got != c.want {
			t.Errorf("thpMode(%q) = %q, want %q", c.enabled, got, c.want)
		}
	}
}

func TestTHPDisabled(t *testing.T) {
	for _, c := range []struct {
		godebug string
		want    bool
	}{
		{"", false},
		{"disablethp=1", true},
		{"disablethp=0", false},
		{"gctrace=1,disablethp=1", true},
		{"disablethp=1, gctrace=1", true},
		{"disablethp=1,disablethp=0", false}, // the last setting wins
		{"disablethp=0,disablethp=1", true},
		{"nodisablethp=1", false},
		{"disablethp", false},
	} {
		if got := thpDisabled(c.godebug); got != c.want {
			t.Errorf("thpDisabled(%q) = %v, want %v", c.godebug, got, c.want)
		}
	}
}

func TestMappingAround(t *testing.T) {
	maps := []byte(`00400000-01ebd000 r-xp 00000000 fd:00 1234   /tmp/jspgen
c0000000-c4000000 rw-p 00000000 00:00 0
not a mapping line
c4000000-c8000000 ---p 00000000 00:00 0
ffd2a000-ffd2b000 rw-p 00000000 00:00 0                          [stack]
`)
	for _, c := range []struct {
		addr   uintptr
		lo, hi uintptr
		ok     bool
	}{
		{0xc0000000, 0xc0000000, 0xc4000000, true}, // the first byte
		{0xc1234567, 0xc0000000, 0xc4000000, true},
		{0xc3ffffff, 0xc0000000, 0xc4000000, true}, // the last byte
		{0xc4000000, 0xc4000000, 0xc8000000, true}, // the end belongs to the next
		{0xffd2a800, 0xffd2a000, 0xffd2b000, true},
		{0xc8000000, 0, 0, false},
		{0x1000, 0, 0, false},
	} {
		lo, hi, ok := mappingAround(maps, c.addr)
		if lo != c.lo || hi != c.hi || ok != c.ok {
			t.Errorf("mappingAround(%#x) = %#x, %#x, %v; want %#x, %#x, %v", c.addr, lo, hi, ok, c.lo, c.hi, c.ok)
		}
	}
}

func TestHugeAligned(t *testing.T) {
	const mb2 = 2 << 20
	for _, c := range []struct{ lo, hi, beg, end uintptr }{
		{0xc0000000, 0xc4000000, 0xc0000000, 0xc4000000}, // aligned already
		{0xc0001000, 0xc4000000, 0xc0200000, 0xc4000000},
		{0xc0000000, 0xc41ff000, 0xc0000000, 0xc4000000},
		{0xc0001000, 0xc03ff000, 0, 0}, // no whole huge page
		{0xc0001000, 0xc0200000, 0, 0}, // up to a boundary, none whole
		{0xc0001000, 0xc0400000, 0xc0200000, 0xc0400000},
	} {
		beg, end := hugeAligned(c.lo, c.hi, mb2)
		if beg != c.beg || end != c.end {
			t.Errorf("hugeAligned(%#x, %#x) = %#x, %#x; want %#x, %#x", c.lo, c.hi, beg, end, c.beg, c.end)
		}
	}
}
