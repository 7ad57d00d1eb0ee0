package vuln

import (
	"fmt"
	"strings"

	gocvss30 "github.com/pandatix/go-cvss/30"
	gocvss31 "github.com/pandatix/go-cvss/31"
	gocvss40 "github.com/pandatix/go-cvss/40"
)

// CVSS is a CVSS base vector with the score computed from it.
type CVSS struct {
	Vector   string  // as written, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H
	Version  string  // "3.0", "3.1" or "4.0"
	Score    float64 // base score (CVSS-B for 4.0)
	Severity string  // None, Low, Medium, High, Critical
}

// String is the score with its severity and version: "9.8 Critical (CVSS 3.1)".
func (c *CVSS) String() string {
	if c == nil {
		return ""
	}
	return fmt.Sprintf("%.1f %s (CVSS %s)", c.Score, c.Severity, c.Version)
}

// ScoreText is the score with one decimal.
func (c *CVSS) ScoreText() string {
	if c == nil {
		return ""
	}
	return fmt.Sprintf("%.1f", c.Score)
}

// ParseCVSS parses a CVSS v3.0, v3.1 or v4.0 vector and computes its base
// score with github.com/pandatix/go-cvss; "" gives nil and no error.
func ParseCVSS(vector string) (*CVSS, error) {
	vector = strings.TrimSpace(vector)
	if vector == "" {
		return nil, nil
	}
	var c CVSS
	c.Vector = vector
	switch {
	case strings.HasPrefix(vector, "CVSS:3.1/"):
		v, err := gocvss31.ParseVector(vector)
		if err != nil {
			return nil, fmt.Errorf("want a CVSS v3.1 base vector; got %q (%v)", vector, err)
		}
		c.Version, c.Score = "3.1", v.BaseScore()
		c.Severity, _ = gocvss31.Rating(c.Score)
	case strings.HasPrefix(vector, "CVSS:3.0/"):
		v, err := gocvss30.ParseVector(vector)
		if err != nil {
			return nil, fmt.Errorf("want a CVSS v3.0 base vector; got %q (%v)", vector, err)
		}
		c.Version, c.Score = "3.0", v.BaseScore()
		c.Severity, _ = gocvss30.Rating(c.Score)
	case strings.HasPrefix(vector, "CVSS:4.0/"):
		v, err := gocvss40.ParseVector(vector)
		if err != nil {
			return nil, fmt.Errorf("want a CVSS v4.0 vector; got %q (%v)", vector, err)
		}
		c.Version, c.Score = "4.0", v.Score()
		c.Severity, _ = gocvss40.Rating(c.Score)
	default:
		return nil, fmt.Errorf("want a CVSS vector starting CVSS:3.1/ or CVSS:4.0/; got %q", vector)
	}
	c.Severity = titleCase(c.Severity)
	return &c, nil
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
}
