package gctune

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// Where the kernel tells its transparent huge page settings.
const (
	thpEnabledFile = "/sys/kernel/mm/transparent_hugepage/enabled"
	thpSizeFile    = "/sys/kernel/mm/transparent_hugepage/hpage_pmd_size"
)

// adviseHugePages asks the kernel to back the first HugeHeap bytes the
// heap will reuse with huge pages (MADV_HUGEPAGE), when the kernel's THP
// mode is "madvise" and GODEBUG does not say disablethp=1. It returns the
// range advised.
//
// The runtime maps heap memory as it needs it and gives no hook, so this
// makes it map HugeHeap at once: one allocation, untouched (fresh memory
// needs no zeroing). The advice covers the mapping that holds it, while
// no page of that allocation has been touched: a 2 MiB range the kernel
// has already given small pages keeps them. The allocation is then
// dropped and collected at once, so the build's own allocations reuse
// the range from its lowest address up. Collecting at once matters: an
// allocation that outlives the first collection may be freed only by a
// collection near Floor, after the build has moved on to memory that was
// never advised.
func adviseHugePages(getenv func(string) string) (beg, end uintptr, err error) {
	enabled, err := os.ReadFile(thpEnabledFile)
	if err != nil {
		return 0, 0, err
	}
	if mode := thpMode(string(enabled)); mode != "madvise" {
		return 0, 0, fmt.Errorf("%w: the kernel's THP mode is %q", errNotAdvised, mode)
	}
	if thpDisabled(getenv("GODEBUG")) {
		return 0, 0, fmt.Errorf("%w: GODEBUG has disablethp=1", errNotAdvised)
	}
	sizeText, err := os.ReadFile(thpSizeFile)
	if err != nil {
		return 0, 0, err
	}
	size, err := strconv.ParseUint(strings.TrimSpace(string(sizeText)), 10, 64)
	if err != nil || size == 0 || size&(size-1) != 0 || size > HugeHeap/4 {
		return 0, 0, fmt.Errorf("%w: huge pages of %q bytes", errNotAdvised, strings.TrimSpace(string(sizeText)))
	}
	// No collection may run while the allocation is made (one under way
	// would keep it, allocated during its marking, past its end), nor
	// start because of it: disabling the collector waits for any
	// collection under way to end. One collection then frees it.
	pace := debug.SetGCPercent(-1)
	reserve := make([]byte, HugeHeap)
	defer func() {
		reserve = nil
		debug.SetGCPercent(pace)
		runtime.GC()
	}()
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0, 0, err
	}
	lo, hi, ok := mappingAround(maps, uintptr(unsafe.Pointer(unsafe.SliceData(reserve))))
	if !ok {
		return 0, 0, errors.New("the heap's mapping is not in /proc/self/maps")
	}
	beg, end = hugeAligned(lo, hi, uintptr(size))
	if beg == end {
		return 0, 0, fmt.Errorf("%w: no whole huge page in the mapping", errNotAdvised)
	}
	// the raw call: the range is addresses, not memory Go refers to
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, syscall.MADV_HUGEPAGE); errno != 0 {
		return 0, 0, fmt.Errorf("madvise: %w", errno)
	}
	runtime.KeepAlive(reserve)
	return beg, end, nil
}
