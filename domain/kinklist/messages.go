package kinklist

import "parleyapp.org/parley/domain/message"

// Messages are the words this package hands the import screen, by ID:
// KinkList's level names, why an item is left out, and what is wrong with
// a pasted code or list. They are in internal/i18n/extract's Sources, so
// en.json has them and every language translates them; the screen says
// them with kit.SayMsg (Level.Msg, Reason.Msg, Error.Msg).
var Messages = []message.Source{
	// KinkList's levels, as its legend names them.
	{ID: "kinklist.level.favourite", Other: "Favourite"},
	{ID: "kinklist.level.like", Other: "Like"},
	{ID: "kinklist.level.okay", Other: "Okay"},
	{ID: "kinklist.level.maybe", Other: "Maybe"},
	{ID: "kinklist.level.no", Other: "No"},
	{ID: "kinklist.level.not-entered", Other: "Not entered"},

	// Why an item stays out (Reason).
	{ID: "kinklist.reason.about-who", Other: "This says whom you are drawn to rather than something to agree on for a scene, so Parley's list has no activity for it. If it matters to you, say so in a note: beside an activity in your checklist, or in your negotiation."},
	{ID: "kinklist.reason.never", Other: "Parley never lists this: it involves someone who cannot consent, and it is a crime in the UK."},
	{ID: "kinklist.reason.sober", Other: "Parley leaves this out: consent given under drink or drugs is not reliable, so the guide asks that everyone stays sober."},
	{ID: "kinklist.reason.asleep", Other: "Parley leaves this out: consent cannot be given or withdrawn while someone is asleep. They cannot give a safeword or a signal, and UK law presumes there is no consent while a person is asleep."},
	{ID: "kinklist.reason.skipped", Other: "You chose not to bring in answers at this level."},
	{ID: "kinklist.reason.doubtful", Other: "KinkList's own code probably stored this answer wrongly, so Parley does not bring it in. The likely answer is shown: check it against your KinkList page and answer it in your checklist."},
	{ID: "kinklist.reason.unknown", Other: "This item is not in KinkList's default list, so Parley does not know which activity it is. Answer it in your checklist if you want to keep it."},

	// What is wrong with what was pasted (Error).
	{ID: "kinklist.error.list-empty", Other: "This list text has no categories. Paste the whole list from KinkList's edit box, starting with a line that begins with #."},
	{ID: "kinklist.error.list-no-fields", Other: "A category in this list text has no line of columns in brackets, such as (Giving, Receiving). Paste the list again exactly as KinkList shows it."},
	{ID: "kinklist.error.list-no-items", Other: "A category in this list text has no items (lines beginning with *). Paste the list again exactly as KinkList shows it."},
	{ID: "kinklist.error.list-twice", Other: "This list text names the same category twice, so KinkList's code could not be read against it. Paste the list again exactly as KinkList shows it."},
	{ID: "kinklist.error.list-too-large", Other: "This list text is far longer than any KinkList list. Please paste only the list from KinkList's edit box."},
	{ID: "kinklist.error.list-not-text", Other: "This list text holds characters that are not text. Please copy it again from KinkList's edit box."},
	{ID: "kinklist.error.code-empty", Other: "There is no KinkList code here. Copy the whole address of your filled-in KinkList page, including the part after #, and paste it again."},
	{ID: "kinklist.error.code-char", Other: "This code holds a character KinkList never writes, so it was changed on the way. Copy the whole address again from the address bar and paste it unchanged."},
	{ID: "kinklist.error.code-short", Other: "This code is shorter than this list needs: it was cut off when it was copied, or it was made with a different list. Copy the whole address again, or paste the list text it was made with."},
	{ID: "kinklist.error.code-long", Other: "This code is longer than this list needs, so it was made with a different list. Paste the list text it was made with (KinkList shows it under its edit button)."},
	{ID: "kinklist.error.code-damaged", Other: "Part of this code cannot have come from KinkList: it was changed on the way. Copy the whole address again from the address bar and paste it unchanged."},
	{ID: "kinklist.error.code-other-list", Other: "This code holds answers beyond the end of this list, so it was made with a different list. Paste the list text it was made with (KinkList shows it under its edit button)."},
	{ID: "kinklist.error.code-too-large", Other: "This code is far longer than any KinkList code. Please paste only the address of your KinkList page."},
}

// english renders this package's messages in British English.
var english = message.NewTable(Messages)
