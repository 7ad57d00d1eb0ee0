package content

import (
	"sync"
	"time"

	"github.com/BurntSushi/toml"
	ptoml "github.com/pelletier/go-toml/v2"
)

// decodeTOMLData parses a TOML document into the values BurntSushi/toml
// decodes into a map[string]any, which the rest of this package reads.
// BurntSushi/toml decides what is valid TOML and words every syntax
// error; pelletier/go-toml (already the parser behind tomlpos) decodes
// five times faster: 1.8 against 9.1 ms for the example pump's 199 KB
// product file (BurntSushi's decoding was about 4 % of the CPU of a
// 100-product build, and on the critical path of one). So pelletier
// decodes first, and a document it rejects is decoded again by
// BurntSushi, whose verdict and message stand. FuzzFastDecodeSame holds
// the two to the same values on every document pelletier accepts, and
// to BurntSushi accepting it too.
//
// src is read, not kept: pelletier copies every string it decodes.
func decodeTOMLData(src []byte) (map[string]any, error) {
	var fast map[string]any
	if err := ptoml.Unmarshal(src, &fast); err == nil {
		asBurntSushi(fast)
		return fast, nil
	}
	var data map[string]any
	_, err := toml.Decode(string(src), &data)
	return data, err
}

// localZones are the zones BurntSushi/toml gives dates, times and
// date-times written without an offset (its internal package's, named
// "date-local", "time-local" and "datetime-local", which tomlTimeName and
// decodeDate read), taken from BurntSushi itself.
var localZones = sync.OnceValue(func() (z struct{ date, time, datetime *time.Location }) {
	var m map[string]any
	if _, err := toml.Decode("d = 2000-01-02\nt = 03:04:05\ndt = 2000-01-02T03:04:05\n", &m); err != nil {
		panic("content: BurntSushi/toml rejects local dates: " + err.Error())
	}
	z.date = m["d"].(time.Time).Location()
	z.time = m["t"].(time.Time).Location()
	z.datetime = m["dt"].(time.Time).Location()
	return z
})

// asBurntSushi turns pelletier's values in m into BurntSushi's, in place:
// local dates, times and date-times become time.Time in BurntSushi's
// local zones. Arrays of tables stay []any (BurntSushi makes them
// []map[string]any; this package reads both alike).
func asBurntSushi(m map[string]any) {
	for k, v := range m {
		m[k] = burntSushiValue(v)
	}
}

func burntSushiValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		asBurntSushi(v)
	case []any:
		for i, item := range v {
			v[i] = burntSushiValue(item)
		}
	case ptoml.LocalDate:
		return time.Date(v.Year, time.Month(v.Month), v.Day, 0, 0, 0, 0, localZones().date)
	case ptoml.LocalTime:
		return time.Date(0, 1, 1, v.Hour, v.Minute, v.Second, v.Nanosecond, localZones().time)
	case ptoml.LocalDateTime:
		return time.Date(v.Year, time.Month(v.Month), v.Day, v.Hour, v.Minute, v.Second, v.Nanosecond, localZones().datetime)
	}
	return v
}
