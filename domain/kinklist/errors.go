package kinklist

// Error is the type of every error this package promises: a sentence for
// the person who pasted the code or the list (what happened, what to do).
// Nothing they pasted is ever quoted back, so an error can be shown or
// logged without repeating their answers.
type Error string

func (e Error) Error() string { return string(e) }

// Problems with the list text (KinkList's "#Category / (columns) / * item" text).
const (
	ErrListEmpty    Error = "This list text has no categories. Paste the whole list from KinkList's edit box, starting with a line that begins with #."
	ErrListNoFields Error = "A category in this list text has no line of columns in brackets, such as (Giving, Receiving). Paste the list again exactly as KinkList shows it."
	ErrListNoItems  Error = "A category in this list text has no items (lines beginning with *). Paste the list again exactly as KinkList shows it."
	ErrListTwice    Error = "This list text names the same category twice, so KinkList's code could not be read against it. Paste the list again exactly as KinkList shows it."
	ErrListTooLarge Error = "This list text is far longer than any KinkList list. Please paste only the list from KinkList's edit box."
	ErrListNotText  Error = "This list text holds characters that are not text. Please copy it again from KinkList's edit box."
)

// Problems with the code (the part of KinkList's address after #).
const (
	ErrCodeEmpty     Error = "There is no KinkList code here. Copy the whole address of your filled-in KinkList page, including the part after #, and paste it again."
	ErrCodeChar      Error = "This code holds a character KinkList never writes, so it was changed on the way. Copy the whole address again from the address bar and paste it unchanged."
	ErrCodeShort     Error = "This code is shorter than this list needs: it was cut off when it was copied, or it was made with a different list. Copy the whole address again, or paste the list text it was made with."
	ErrCodeLong      Error = "This code is longer than this list needs, so it was made with a different list. Paste the list text it was made with (KinkList shows it under its edit button)."
	ErrCodeDamaged   Error = "Part of this code cannot have come from KinkList: it was changed on the way. Copy the whole address again from the address bar and paste it unchanged."
	ErrCodeOtherList Error = "This code holds answers beyond the end of this list, so it was made with a different list. Paste the list text it was made with (KinkList shows it under its edit button)."
	ErrCodeTooLarge  Error = "This code is far longer than any KinkList code. Please paste only the address of your KinkList page."
)
