package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// ThemeChoice is the person's theme setting.
type ThemeChoice string

const (
	ThemeSystem ThemeChoice = "system"
	ThemeLight  ThemeChoice = "light"
	ThemeDark   ThemeChoice = "dark"
)

// parleyTheme is calm and warm: soft neutrals, one teal accent, generous
// padding. Hover is a faint neutral wash and selection a clear teal, so a
// row under the pointer never looks like the selected one (issue 14).
// Green, amber and red are kept for the traffic-light safewords and
// for hard limits (see signal colours below); nothing else uses them.
type parleyTheme struct {
	choice ThemeChoice
}

func newTheme(choice ThemeChoice) fyne.Theme { return &parleyTheme{choice: choice} }

func (t *parleyTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.choice {
	case ThemeLight:
		return theme.VariantLight
	case ThemeDark:
		return theme.VariantDark
	}
	return v
}

var (
	lightColours = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameBackground:        rgb(0xF7, 0xF4, 0xEF),
		theme.ColorNameForeground:        rgb(0x2B, 0x28, 0x25),
		theme.ColorNamePrimary:           rgb(0x2E, 0x6F, 0x68),
		theme.ColorNameButton:            rgb(0xEC, 0xE7, 0xDF),
		theme.ColorNameInputBackground:   rgb(0xFF, 0xFD, 0xFA),
		theme.ColorNameInputBorder:       rgb(0xD6, 0xCF, 0xC4),
		theme.ColorNameMenuBackground:    rgb(0xFF, 0xFD, 0xFA),
		theme.ColorNameOverlayBackground: rgb(0xFB, 0xF9, 0xF5),
		theme.ColorNameHeaderBackground:  rgb(0xEF, 0xEA, 0xE2),
		theme.ColorNameSeparator:         rgb(0xE3, 0xDD, 0xD3),
		theme.ColorNameHover:             color.NRGBA{A: 0x10}, // a neutral shade, never the accent: see hoverNote
		theme.ColorNameSelection:         color.NRGBA{R: 0x2E, G: 0x6F, B: 0x68, A: 0x59},
		theme.ColorNameFocus:             color.NRGBA{R: 0x2E, G: 0x6F, B: 0x68, A: 0x55},
		theme.ColorNamePlaceHolder:       rgb(0x86, 0x7F, 0x76),
		theme.ColorNameDisabled:          rgb(0xA8, 0xA1, 0x97),
	}
	// hoverNote: the hover colour is a faint neutral shade (darker in
	// light, lighter in dark), not a tint of the accent. The accent means
	// "chosen" (a chosen answer, a selected row); when a hover carried it,
	// the answer under the pointer on the personality test's next
	// statement looked already chosen.
	darkColours = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameBackground:        rgb(0x1F, 0x1D, 0x1B),
		theme.ColorNameForeground:        rgb(0xEC, 0xE7, 0xDF),
		theme.ColorNamePrimary:           rgb(0x6F, 0xB8, 0xAE),
		theme.ColorNameButton:            rgb(0x2E, 0x2B, 0x28),
		theme.ColorNameInputBackground:   rgb(0x27, 0x25, 0x22),
		theme.ColorNameInputBorder:       rgb(0x45, 0x41, 0x3C),
		theme.ColorNameMenuBackground:    rgb(0x2A, 0x27, 0x24),
		theme.ColorNameOverlayBackground: rgb(0x26, 0x24, 0x21),
		theme.ColorNameHeaderBackground:  rgb(0x29, 0x26, 0x23),
		theme.ColorNameSeparator:         rgb(0x38, 0x34, 0x30),
		theme.ColorNameHover:             color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0x12},
		theme.ColorNameSelection:         color.NRGBA{R: 0x6F, G: 0xB8, B: 0xAE, A: 0x66},
		theme.ColorNameFocus:             color.NRGBA{R: 0x6F, G: 0xB8, B: 0xAE, A: 0x66},
		theme.ColorNamePlaceHolder:       rgb(0x9A, 0x93, 0x89),
		theme.ColorNameDisabled:          rgb(0x6E, 0x68, 0x60),
	}
)

func rgb(r, g, b uint8) color.Color { return color.NRGBA{R: r, G: g, B: b, A: 0xFF} }

func (t *parleyTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	colours := lightColours
	if v == theme.VariantDark {
		colours = darkColours
	}
	if c, ok := colours[n]; ok {
		return c
	}
	if n == theme.ColorNameForegroundOnPrimary {
		return colours[theme.ColorNameBackground]
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *parleyTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (t *parleyTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *parleyTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 10
	case theme.SizeNameText:
		return 14
	case theme.SizeNameHeadingText:
		return 24
	case theme.SizeNameSubHeadingText:
		return 18
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius:
		return 6
	}
	return theme.DefaultTheme().Size(n)
}
