package content

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/google/go-cmp/cmp"
	ptoml "github.com/pelletier/go-toml/v2"

	"github.com/jspgen/jspgen/generator/input"
)

// tomlShapes are documents whose values differ in kind: every TOML type,
// local and offset date-times, arrays of tables and inline tables.
var tomlShapes = []string{
	"s = \"a\\tb\\u00e9\"\nl = 'c:\\x'\nm = \"\"\"\nline\\\n  joined\"\"\"\ni = 0x1F\no = 0o17\nb = 0b11\nn = -9_223_372_036_854_775_808\n",
	"f = 1e3\ng = -0.0\nh = inf\nj = -inf\nk = nan\nt = true\n",
	"d = 2026-02-16\nt = 07:32:00.999999999\nlt = 1979-05-27T07:32:00\nz = 1979-05-27T07:32:00Z\no = 1979-05-27T00:32:00.5-07:00\ns = 1979-05-27 07:32:00+01:30\n",
	"[[versions]]\nversion = \"1\"\n[[versions]]\nversion = \"2\"\n[versions.x]\ny = [1, [2, \"3\"], {a = 2026-01-01}]\n",
	"a.b.c = 1\n[t]\nx = {y = {z = [{}]}}\n[[t.u]]\n",
	"schema_version = 2\nid = \"p\"\n[[threats]]\nid = \"T-1\"\npost_score = nan\n",
}

// FuzzFastDecodeSame: whatever pelletier/go-toml accepts, BurntSushi/toml
// accepts too, with the same values once asBurntSushi has converted
// them; decodeTOMLData then returns what BurntSushi would have.
func FuzzFastDecodeSame(f *testing.F) {
	for _, s := range tomlShapes {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		src = string(input.NormalizeText([]byte(src)))
		var fast map[string]any
		if ptoml.Unmarshal([]byte(src), &fast) != nil {
			return // decodeTOMLData asks BurntSushi
		}
		if diff := diffFromBurntSushi(src); diff != "" {
			t.Fatalf("pelletier accepts it, and %s\n%s", diff, src)
		}
	})
}

// diffFromBurntSushi says how decodeTOMLData's verdict on src, or its
// values, differ from BurntSushi/toml's; "" when they do not.
func diffFromBurntSushi(src string) string {
	var want map[string]any
	_, werr := toml.Decode(src, &want)
	got, gerr := decodeTOMLData([]byte(src))
	if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
		return fmt.Sprintf("decodeTOMLData's error is %v, BurntSushi's %v", gerr, werr)
	}
	if diff := cmp.Diff(comparable(want), comparable(got)); diff != "" {
		return "decodeTOMLData differs from BurntSushi (-want +got):\n" + diff
	}
	return ""
}

// TestFastDecodeSameOnContent runs the fuzz target's comparison on every
// TOML file of the repository's content and test data.
func TestFastDecodeSameOnContent(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../content/*.toml", "../../content/archive/*.toml", "../../*.toml", "testdata/*.toml", "../testdata/*/*.toml", "../../bench/*.toml"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) < 5 {
		t.Fatalf("only %d TOML files found", len(files))
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if diff := diffFromBurntSushi(string(input.NormalizeText(src))); diff != "" {
			t.Errorf("%s: %s", file, diff)
		}
	}
}

// TestFastDecodeLocalZones: the converted local values carry
// BurntSushi's zone names, which decodeDate and tomlTimeName read.
func TestFastDecodeLocalZones(t *testing.T) {
	got, err := decodeTOMLData([]byte("d = 2026-02-16\nt = 07:32:00\nlt = 2026-02-16T07:32:00\n"))
	if err != nil {
		t.Fatal(err)
	}
	for key, zone := range map[string]string{"d": "date-local", "t": "time-local", "lt": "datetime-local"} {
		tm, ok := got[key].(time.Time)
		if !ok || tm.Location().String() != zone {
			t.Errorf("%s = %#v, want a time.Time in %s", key, got[key], zone)
		}
	}
	if d, err := decodeDate(got["d"]); err != nil || d != NewDate(2026, 2, 16) {
		t.Errorf("decodeDate(d) = %v, %v", d, err)
	}
	if _, err := decodeDate(got["lt"]); err == nil {
		t.Error("decodeDate took a local date-time for a date")
	}
}

// comparable is v with what the two decoders may represent differently
// but this package reads alike made plain: arrays of tables as []any,
// times as their text and zone, NaN and -0 as strings.
func comparable(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = comparable(x)
		}
		return out
	case []map[string]any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = comparable(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = comparable(x)
		}
		return out
	case time.Time:
		// A local value's zone is BurntSushi's, by name; an offset
		// date-time's is only its offset (BurntSushi may give time.Local
		// where pelletier gives time.UTC, and nothing here reads which).
		zone := v.Location().String()
		if !strings.HasSuffix(zone, "-local") {
			_, offset := v.Zone()
			zone = time.Duration(offset * int(time.Second)).String()
		}
		return v.Format("2006-01-02T15:04:05.999999999") + " " + zone
	case float64:
		if math.IsNaN(v) {
			return "NaN"
		}
		if v == 0 && math.Signbit(v) {
			return "-0"
		}
	}
	return v
}
