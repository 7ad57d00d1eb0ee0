package gctune

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestAdviseHugePages advises, in a new process (the heap must be fresh,
// as at jspgen's start), then allocates: the mapping advised must carry
// the kernel's huge page flag ("hg" in /proc/self/smaps), and the
// allocation must land inside it, the advice's allocation having been
// collected, not left to hold the range.
func TestAdviseHugePages(t *testing.T) {
	if os.Getenv("JSPGEN_THP_CHILD") == "1" {
		beg, end, err := adviseHugePages(func(string) string { return "" })
		if err != nil {
			fmt.Printf("error: %v\n", err)
			return
		}
		// half the range: it fits only where the advice's own allocation was
		b := make([]byte, HugeHeap/2)
		fmt.Printf("advised: %x %x\nallocated: %x\nflags: %s\n", beg, end, uintptr(unsafe.Pointer(unsafe.SliceData(b))), vmFlags(t, beg))
		return
	}
	enabled, err := os.ReadFile(thpEnabledFile)
	if err != nil {
		t.Skipf("no transparent huge pages here: %v", err)
	}
	if mode := thpMode(string(enabled)); mode != "madvise" {
		t.Skipf("the kernel's THP mode is %q; jspgen advises only under madvise", mode)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestAdviseHugePages$", "-test.count=1")
	cmd.Env = append(os.Environ(), "JSPGEN_THP_CHILD=1", "GODEBUG=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got := map[string]string{}
	for line := range strings.Lines(string(out)) {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ": "); ok {
			got[k] = v
		}
	}
	if got["error"] != "" {
		t.Fatalf("adviseHugePages: %s", got["error"])
	}
	var beg, end, at uintptr
	if _, err := fmt.Sscanf(got["advised"]+" "+got["allocated"], "%x %x %x", &beg, &end, &at); err != nil {
		t.Fatalf("child said %q: %v", out, err)
	}
	if end-beg < HugeHeap {
		t.Errorf("advised %#x-%#x: %d MiB, want at least HugeHeap (%d MiB)", beg, end, (end-beg)>>20, HugeHeap>>20)
	}
	if at < beg || at+HugeHeap/2 > end {
		t.Errorf("an allocation of %d MiB after the advice is at %#x, not inside the advised %#x-%#x", HugeHeap/2>>20, at, beg, end)
	}
	if !slices.Contains(strings.Fields(got["flags"]), "hg") {
		t.Errorf("the advised mapping's VmFlags are %q, without hg (MADV_HUGEPAGE)", got["flags"])
	}
}

// TestAdviseHugePagesHonoursGODEBUG: with disablethp=1 nothing is
// advised, and it says why.
func TestAdviseHugePagesHonoursGODEBUG(t *testing.T) {
	_, _, err := adviseHugePages(func(k string) string {
		if k == "GODEBUG" {
			return "disablethp=1"
		}
		return ""
	})
	if !errors.Is(err, errNotAdvised) && !errors.Is(err, os.ErrNotExist) {
		t.Errorf("with GODEBUG=disablethp=1: %v, want huge pages not advised", err)
	}
}

// vmFlags is the VmFlags line of the mapping that holds addr in
// /proc/self/smaps.
func vmFlags(t *testing.T, addr uintptr) string {
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	in := false
	for line := range bytes.Lines(smaps) {
		if lo, hi, ok := mappingSpan(line); ok {
			in = lo <= addr && addr < hi
			continue
		}
		if flags, ok := bytes.CutPrefix(line, []byte("VmFlags:")); ok && in {
			return string(bytes.TrimSpace(flags))
		}
	}
	return ""
}
