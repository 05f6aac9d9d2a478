// Package assets holds everything Parley embeds in its binary: the icon, the
// activity catalog, the fonts used for the printout and the translations.
//
// The catalog (catalog.json) is data, read by parley/domain/catalog, and so
// are KinkList's default list and Parley's table for it (kinklist/), read
// by parley/domain/kinklist; the fonts are Noto Sans (SIL Open Font
// License, see fonts/LICENSE-NotoSans.txt).
// Translations follow Fyne's lang package: one go-i18n JSON file per
// language in translations/; the screens' keys are the British English text
// the app is written in, the domain's and the printout's are dotted IDs.
// en.json is the source, written by internal/i18n/cmd/i18n-sources. The
// catalog, guide and quiz texts per language are in content/<lang>/ (see
// docs/translation-terms.md).
package assets

import (
	"embed"
	_ "embed"
)

// Icon is the app's mark as a 512 px PNG (icon.svg is its source).
//
//go:embed icon.png
var Icon []byte

// CatalogJSON is the activity catalog, read by catalog.Parse.
//
//go:embed catalog.json
var CatalogJSON []byte

// KinkListDefault is the default list text of Goctionni's KinkList v1.0.2
// and KinkListTable Parley's table from its items to the catalog, both read
// by parley/domain/kinklist (kinklist/SOURCE.md says where the list comes
// from; KinkList is MIT-licensed, see kinklist/LICENSE-KinkList.txt).
var (
	//go:embed kinklist/v1.0.2-list.txt
	KinkListDefault string
	//go:embed kinklist/v1.0.2-map.txt
	KinkListTable string
)

// FontRegular and FontBold are the printout's fonts.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	FontRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	FontBold []byte
)

// Content holds content/<lang>/{catalog,guide,quiz}.json: the catalog's,
// the guide's and the personality test's texts per language, keyed by
// stable IDs.
//
//go:embed content
var Content embed.FS

// Translations holds translations/*.json for fyne.io/fyne/v2/lang.
//
//go:embed translations
var Translations embed.FS
