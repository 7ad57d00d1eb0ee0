package gctune

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
)

// HugeHeap is how much of the heap Start asks the kernel to back with
// transparent huge pages: about what a one-product build allocates
// before its heap settles (its collections leave 25 MB live of a 50 MB
// heap).
//
// Why: a build is a short process that touches about 100 MB of fresh
// memory, and each first touch of a 4 KiB page is a page fault. On the
// 2-core virtual machines of sessions 50-53 a fault cost about 8 µs, and
// the 21,000 faults of the single example product were a quarter of its
// CPU. Where the kernel's THP mode is "madvise" (Ubuntu's default, and
// this machine's), the Go runtime leaves its heap on 4 KiB pages; one
// 2 MiB page takes 512 such faults at once. Advised, the single product
// took 5,400 faults and 0.26 s instead of 21,700 and 0.39 s (8
// interleaved runs; README, Performance); 96 or 128 MiB saved another
// 2,000 faults but hardly any time. A larger build gains nothing and
// loses nothing: its heap is reused, not fresh (peak RSS of 100 products
// 229 MB against 228 MB). The bytes written are the same either way.
const HugeHeap = 64 << 20

// errNotAdvised is adviseHugePages declining: the system or the user
// makes the advice pointless or unwanted.
var errNotAdvised = errors.New("huge pages not advised")

// thpMode is the mode the kernel's
// /sys/kernel/mm/transparent_hugepage/enabled selects: the word in
// brackets ("always [madvise] never" → "madvise"), or "" if none is.
func thpMode(enabled string) string {
	_, rest, ok := strings.Cut(enabled, "[")
	if !ok {
		return ""
	}
	mode, _, ok := strings.Cut(rest, "]")
	if !ok {
		return ""
	}
	return mode
}

// thpDisabled reports whether GODEBUG (its value) turns the runtime's
// use of huge pages off (disablethp=1): that choice stands for jspgen's
// advice too. As in the runtime, the last setting of a key wins.
func thpDisabled(godebug string) bool {
	off := false
	for _, kv := range strings.Split(godebug, ",") {
		if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok && k == "disablethp" {
			off = v == "1"
		}
	}
	return off
}

// mappingAround finds, in the text of /proc/self/maps, the mapping that
// holds addr: its start and end (end excluded).
func mappingAround(maps []byte, addr uintptr) (lo, hi uintptr, ok bool) {
	for line := range bytes.Lines(maps) {
		if lo, hi, ok := mappingSpan(line); ok && lo <= addr && addr < hi {
			return lo, hi, true
		}
	}
	return 0, 0, false
}

// mappingSpan reads the start and end of a mapping from its line in
// /proc/self/maps or /proc/self/smaps ("c000000000-c004000000 rw-p …");
// ok is false for any other line.
func mappingSpan(line []byte) (lo, hi uintptr, ok bool) {
	span, _, _ := bytes.Cut(line, []byte(" "))
	l, h, found := bytes.Cut(span, []byte("-"))
	if !found {
		return 0, 0, false
	}
	start, err1 := strconv.ParseUint(string(l), 16, 64)
	end, err2 := strconv.ParseUint(strings.TrimSpace(string(h)), 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(start), uintptr(end), true
}

// hugeAligned is the part of [lo, hi) made of whole huge pages of size
// bytes (a power of two); beg == end when there is none.
func hugeAligned(lo, hi, size uintptr) (beg, end uintptr) {
	beg = (lo + size - 1) &^ (size - 1)
	end = hi &^ (size - 1)
	if beg >= end {
		return 0, 0
	}
	return beg, end
}
