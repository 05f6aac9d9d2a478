// Command seedvault makes a Parley vault with some content in it, for the
// scripted runs of the real app: the start-up benchmark (so Parley opens
// straight onto its first screen) and the privacy session (-markers: every
// text it stores is a unique marker, listed one per line in the file
// given, so the script can look for them outside the vault afterwards).
//
//	go run ./scripts/seedvault -home DIR [-mode keyring|ask] [-passphrase P] [-markers FILE]
//
// In keyring mode it needs a working keyring (scripts/with-keyring.sh).
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

func main() {
	home := flag.String("home", os.Getenv("PARLEY_HOME"), "the data folder")
	mode := flag.String("mode", "keyring", "keyring or ask")
	pass := flag.String("passphrase", "", "a passphrase (needed in ask mode)")
	markerFile := flag.String("markers", "", "fill every text with a marker and list them in this file")
	flag.Parse()
	if err := seed(*home, persistence.Mode(*mode), *pass, *markerFile); err != nil {
		fmt.Fprintln(os.Stderr, "seedvault:", err)
		os.Exit(1)
	}
}

// texts hands out the text for each field: a plain word, or a marker.
type texts struct {
	prefix string
	list   []string
}

func (t *texts) next(plain string) string {
	if t.prefix == "" {
		return plain
	}
	s := fmt.Sprintf("%s%03d%s", t.prefix, len(t.list), strings.ReplaceAll(plain, " ", ""))
	t.list = append(t.list, s)
	return s
}

func seed(home string, mode persistence.Mode, pass, markerFile string) error {
	if home == "" {
		return fmt.Errorf("no data folder: give -home or set PARLEY_HOME")
	}
	t := &texts{}
	if markerFile != "" {
		t.prefix = fmt.Sprintf("PRIVMARK%d", time.Now().UnixNano()%1000000)
	}
	s := persistence.Store{Home: home, Keyring: persistence.SystemKeyring(5 * time.Second), Now: time.Now}
	v, _, err := s.Create(mode, pass)
	if err != nil {
		return err
	}
	defer v.Close()
	if note := v.KeyringNote(); note != nil {
		return fmt.Errorf("the key is not in the keyring: %w", note)
	}
	if err := fill(v, t); err != nil {
		return err
	}
	if markerFile != "" {
		return os.WriteFile(markerFile, []byte(strings.Join(t.list, "\n")+"\n"), 0o600)
	}
	return nil
}

// fill writes a person with answers and notes, and two negotiations, one
// with a scene coming up and debriefs on the other.
func fill(v *persistence.Vault, t *texts) error {
	p, err := v.AddProfile(persistence.Profile{Name: t.next("Robin"), Pronouns: t.next("they")})
	if err != nil {
		return err
	}
	person, err := v.OpenPerson(p.ID, "")
	if err != nil {
		return err
	}
	now := time.Now()
	for i, act := range []string{"blindfold", "massage", "spanking", "rope-harness"} {
		k := checklist.Key{Activity: act, Direction: checklist.Together}
		e := checklist.Entry{Answer: checklist.Answers[i%len(checklist.Answers)], Note: t.next("only slowly"), Changed: now}
		if err := v.SaveAnswer(person, k, e, nil); err != nil {
			return err
		}
	}
	if err := v.SetSetting("print-name", t.next("Robin R")); err != nil {
		return err
	}
	for i := range 2 {
		if err := negotiationFor(v, t, now, i); err != nil {
			return err
		}
	}
	return nil
}

func negotiationFor(v *persistence.Vault, t *texts, now time.Time, i int) error {
	d := negotiation.FirstScene([]negotiation.Participant{{Name: t.next("Robin")}, {Name: t.next("Sam")}}, now)
	d.Title = t.next("Friday evening")
	d.Scene.Activities = []negotiation.Activity{
		{ID: "blindfold", Name: "Blindfold", Status: negotiation.StatusYes, Givers: []string{d.Participants[0].ID}, Receivers: []string{d.Participants[1].ID}, Note: t.next("the soft one")},
	}
	d.Scene.Setting = negotiation.Setting{Place: t.next("our flat"), Room: t.next("the bedroom")}
	d.Participants[1].Limits.Hard = []negotiation.LimitItem{{Text: t.next("gags")}}
	d.Participants[0].Aftercare.Immediate = negotiation.Care{What: t.next("tea and a blanket"), By: []string{d.Participants[1].ID}}
	d.Safewords.Word = t.next("pineapple")
	d.Safewords.Signal = t.next("three taps")
	d.SetSceneOn(now.Add(time.Duration(48-96*i) * time.Hour))
	id, err := v.CreateNegotiation(d)
	if err != nil {
		return err
	}
	if i == 0 {
		return nil
	}
	if err := v.AgreeVersion(id, d); err != nil {
		return err
	}
	return v.SaveDebrief(id, negotiation.Debrief{ParticipantID: d.Participants[0].ID, WhatWorked: t.next("the pace"), WhatToChange: t.next("more water")})
}
