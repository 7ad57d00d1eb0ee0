package mds2

import (
	"fmt"
	"strings"
)

// Answer is the answer to a yes_no question. The zero value, Unanswered,
// is no answer at all.
type Answer uint8

const (
	Unanswered Answer = iota
	Yes
	No
	NA      // not applicable; needs no note
	SeeNote // the answer is in a note
)

// ParseAnswer accepts, case-insensitively and ignoring surrounding and
// repeated blanks: "yes", "no", "na" / "n/a", and "see note" / "see notes" /
// "see_note" / "see_notes". Anything else, including "", is an error.
func ParseAnswer(s string) (Answer, error) {
	norm := strings.ToLower(strings.Join(strings.Fields(s), " "))
	switch norm {
	case "yes":
		return Yes, nil
	case "no":
		return No, nil
	case "na", "n/a":
		return NA, nil
	case "see note", "see notes", "see_note", "see_notes":
		return SeeNote, nil
	}
	return Unanswered, fmt.Errorf("invalid answer %q: want yes, no, n/a or see note", s)
}

// String returns the answer as the form prints it: "Yes", "No", "N/A",
// "See Note", or "" for Unanswered.
func (a Answer) String() string {
	switch a {
	case Yes:
		return "Yes"
	case No:
		return "No"
	case NA:
		return "N/A"
	case SeeNote:
		return "See Note"
	case Unanswered:
		return ""
	}
	return fmt.Sprintf("Answer(%d)", uint8(a))
}

// MarshalText writes the printed form (see String), which ParseAnswer reads
// back.
func (a Answer) MarshalText() ([]byte, error) {
	if a > SeeNote {
		return nil, fmt.Errorf("invalid answer value %d", uint8(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText lets TOML and JSON decoders read answers via ParseAnswer.
func (a *Answer) UnmarshalText(text []byte) error {
	v, err := ParseAnswer(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
