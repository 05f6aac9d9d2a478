package i18n

import "parleyapp.org/parley/domain/message"

// ToolkitWords are the words of Fyne's own widgets that Parley's screens
// can show and its catalogue did not carry already (it has Open, Save,
// Cancel, Copy and Quit as Parley's own words): the file dialog of
// backups and printouts, a text field's right-click menu, and the date
// picker's weekdays. IDs are Fyne's keys; the texts are Fyne's English.
//
// Decision: Parley carries them, translated like the rest of its words,
// because Fyne's lang looks for a word in the one language it matched and
// then in English: with the language setting on Windows and macOS
// (choice.go) Fyne's own German is not reachable under the system's tag,
// and Fyne has no Dutch at all, so without these the file dialog would
// be half English. What Fyne writes without its lang stays as Fyne
// writes it: the file dialog's places ("Home", "Computer") and the date
// picker's month names.
var ToolkitWords = []message.Source{
	{ID: "Create Folder", Other: "Create Folder"},
	{ID: "Cut", Other: "Cut"},
	{ID: "Enter filename", Other: "Enter filename"},
	{ID: "File", Other: "File"},
	{ID: "Folder", Other: "Folder"},
	{ID: "New Folder", Other: "New Folder"},
	{ID: "Paste", Other: "Paste"},
	{ID: "Redo", Other: "Redo"},
	{ID: "Select all", Other: "Select all"},
	{ID: "Show Hidden Files", Other: "Show Hidden Files"},
	{ID: "Undo", Other: "Undo"},
	{ID: "file.name", Other: "Name"},
	{ID: "file.parent", Other: "Parent"},
	{ID: "monday", Other: "Monday"}, {ID: "monday.short", Other: "Mon"},
	{ID: "tuesday", Other: "Tuesday"}, {ID: "tuesday.short", Other: "Tue"},
	{ID: "wednesday", Other: "Wednesday"}, {ID: "wednesday.short", Other: "Wed"},
	{ID: "thursday", Other: "Thursday"}, {ID: "thursday.short", Other: "Thu"},
	{ID: "friday", Other: "Friday"}, {ID: "friday.short", Other: "Fri"},
	{ID: "saturday", Other: "Saturday"}, {ID: "saturday.short", Other: "Sat"},
	{ID: "sunday", Other: "Sunday"}, {ID: "sunday.short", Other: "Sun"},
}
