package generator

import (
	"strings"
	"testing"
)

// answerMDS2 returns an edit that answers MDS2 questions by hand, at the
// top of [mds2.answers], each as "ID" = answer written: a test that takes
// away the facts a derived answer rests on (the notices SGUD-4 comes
// from, the operating system CSUP-2 and MLDP-1 come from) answers it as
// the manufacturer would, so that the form still builds.
func answerMDS2(answers ...string) func(string) string {
	return func(s string) string {
		var lines strings.Builder
		for i := 0; i+1 < len(answers); i += 2 {
			lines.WriteString(`"` + answers[i] + `" = ` + answers[i+1] + "\n")
		}
		return strings.Replace(s, "\n[mds2.answers]\n", "\n[mds2.answers]\n"+lines.String(), 1)
	}
}

func TestAnswerMDS2(t *testing.T) {
	got := answerMDS2("SGUD-4", `"yes"`, "CSUP-2", `{ note = 1 }`)("a = 1\n[mds2.answers]\n\"X\" = \"no\"\n")
	if want := "a = 1\n[mds2.answers]\n\"SGUD-4\" = \"yes\"\n\"CSUP-2\" = { note = 1 }\n\"X\" = \"no\"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
