package message

import (
	"strings"
	"time"
)

// Dates are the British English sources of the date messages, shared by
// every package that writes a date.
var Dates = []Source{
	// The language's order of the parts and its names of days and
	// months ({{.Day}} is the day of the month as a number, {{.Time}} is
	// 24-hour "20:00").
	{ID: "date.long", Other: "{{.Weekday}} {{.Day}} {{.Month}} {{.Year}}"},
	{ID: "date.day-month", Other: "{{.Day}} {{.Month}}"},
	{ID: "date.day-month-year", Other: "{{.Day}} {{.Month}} {{.Year}}"},
	{ID: "date.with-time", Other: "{{.Date}}, {{.Time}}"},
	{ID: "date.weekday.sunday", Other: "Sunday"},
	{ID: "date.weekday.monday", Other: "Monday"},
	{ID: "date.weekday.tuesday", Other: "Tuesday"},
	{ID: "date.weekday.wednesday", Other: "Wednesday"},
	{ID: "date.weekday.thursday", Other: "Thursday"},
	{ID: "date.weekday.friday", Other: "Friday"},
	{ID: "date.weekday.saturday", Other: "Saturday"},
	{ID: "date.month.january", Other: "January"},
	{ID: "date.month.february", Other: "February"},
	{ID: "date.month.march", Other: "March"},
	{ID: "date.month.april", Other: "April"},
	{ID: "date.month.may", Other: "May"},
	{ID: "date.month.june", Other: "June"},
	{ID: "date.month.july", Other: "July"},
	{ID: "date.month.august", Other: "August"},
	{ID: "date.month.september", Other: "September"},
	{ID: "date.month.october", Other: "October"},
	{ID: "date.month.november", Other: "November"},
	{ID: "date.month.december", Other: "December"},
}

// DayMonth is "20 November", with the year ("20 November 2026") when
// withYear, and ", 20:00" when withTime.
func DayMonth(t time.Time, withYear, withTime bool) Msg {
	args := Args{"Day": t.Day(), "Month": month(t), "Year": t.Year()}
	d := New("date.day-month", args)
	if withYear {
		d = New("date.day-month-year", args)
	}
	if withTime {
		return New("date.with-time", Args{"Date": d, "Time": t.Format("15:04")})
	}
	return d
}

// LongDate is "Friday 20 November 2026", with ", 20:00" when withTime.
func LongDate(t time.Time, withTime bool) Msg {
	d := New("date.long", Args{"Weekday": New("date.weekday."+strings.ToLower(t.Weekday().String()), nil),
		"Day": t.Day(), "Month": month(t), "Year": t.Year()})
	if withTime {
		return New("date.with-time", Args{"Date": d, "Time": t.Format("15:04")})
	}
	return d
}

func month(t time.Time) Msg { return New("date.month."+strings.ToLower(t.Month().String()), nil) }
