package content

import "strings"

// OnRequestDetail is sbom.on_request as the documents print it after a
// sentence of their own saying the SBOM is available to customers on
// request: without a first sentence that only repeats that availability
// ("Available to customers on request.", "The SBOM is available on
// request."), which would read twice; "" when the text says nothing else.
// A text that goes on in the same sentence ("Available on request from
// Service") is kept whole, as it says how.
func (s SBOM) OnRequestDetail() string {
	t := s.OnRequestText()
	first, rest := t, ""
	if i := strings.Index(t, ". "); i >= 0 {
		first, rest = t[:i+1], strings.TrimSpace(t[i+2:])
	}
	if onlyRepeatsAvailability(first) {
		return rest
	}
	return t
}

// onlyRepeatsAvailability reports whether the sentence t says no more
// than that the SBOM is available on request: case-insensitively, less a
// final full stop and an opening "The SBOM is" or "It is", it is
// "available to customers on request" or "available on request".
func onlyRepeatsAvailability(t string) bool {
	s := strings.ToLower(strings.TrimSpace(t))
	s = strings.TrimSpace(strings.TrimRight(s, ".!"))
	for _, p := range []string{"the sbom is ", "sbom is ", "it is "} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	return s == "available to customers on request" || s == "available on request"
}
