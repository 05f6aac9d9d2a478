package guide

import "fmt"

// Texts returns every word of the guide, keyed by stable IDs, as a
// translation of the guide has them:
//
//	term.<id>.name                  a glossary term
//	term.<id>.definition            its definition
//	article.<id>.title              an article's title
//	article.<id>.<nn>               its nn-th block (01, 02, ...): a
//	                                paragraph or a heading
//	article.<id>.<nn>.<mm>          the mm-th item (01, ...) of a bulleted
//	                                block
//
// Numbers have two digits so the sorted file reads in the article's order.
//
// Blocks are numbered by position: an article that gains or loses a block
// in English is a new text for every translation from there on, and the
// completeness test (internal/i18n) names the keys that changed.
func Texts() map[string]string {
	out := map[string]string{}
	for _, t := range Terms() {
		out["term."+t.ID+".name"] = t.Name
		out["term."+t.ID+".definition"] = t.Definition
	}
	for _, a := range Articles() {
		out["article."+a.ID+".title"] = a.Title
		for n, b := range a.Body {
			key := fmt.Sprintf("article.%s.%02d", a.ID, n+1)
			if b.Kind == Bullets {
				for m, item := range b.Items {
					out[fmt.Sprintf("%s.%02d", key, m+1)] = item
				}
				continue
			}
			out[key] = b.Text
		}
	}
	return out
}

// NewIn builds the guide with its texts from a translation (keys as Texts
// writes them); a text the translation lacks stays in British English.
// Search works on the translated words.
func NewIn(texts map[string]string) *Guide {
	t := func(key, english string) string {
		if s := texts[key]; s != "" {
			return s
		}
		return english
	}
	terms := Terms()
	for i, term := range terms {
		terms[i].Name = t("term."+term.ID+".name", term.Name)
		terms[i].Definition = t("term."+term.ID+".definition", term.Definition)
	}
	articles := Articles()
	for i, a := range articles {
		articles[i].Title = t("article."+a.ID+".title", a.Title)
		body := make([]Block, len(a.Body))
		for n, b := range a.Body {
			key := fmt.Sprintf("article.%s.%02d", a.ID, n+1)
			if b.Kind == Bullets {
				items := make([]string, len(b.Items))
				for m, item := range b.Items {
					items[m] = t(fmt.Sprintf("%s.%02d", key, m+1), item)
				}
				b.Items = items
			} else {
				b.Text = t(key, b.Text)
			}
			body[n] = b
		}
		articles[i].Body = body
	}
	return build(terms, articles)
}
