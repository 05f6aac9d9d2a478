package guide

// Kind says whether a reference points at a glossary term or an article.
type Kind string

const (
	TermKind    Kind = "term"
	ArticleKind Kind = "article"
)

// Ref points at a term or an article, as returned by Lookup and Search.
type Ref struct {
	Kind    Kind
	ID      string
	Title   string // the term's name or the article's title
	Snippet string // a short extract to show under the title
}

// Guide is the glossary and the articles, indexed for lookup and search.
type Guide struct {
	terms    []Term
	articles []Article
	docs     []doc // terms first, then articles, in guide order
	byID     map[string]int
}

// New builds the guide.
func New() *Guide { return build(Terms(), Articles()) }

// build indexes terms and articles, in any language.
func build(terms []Term, articles []Article) *Guide {
	g := &Guide{terms: terms, articles: articles, byID: map[string]int{}}
	for _, t := range g.terms {
		g.add(newDoc(TermKind, t.ID, t.Name, []piece{{text: t.Definition}}))
	}
	for _, a := range g.articles {
		g.add(newDoc(ArticleKind, a.ID, a.Title, blockPieces(a.Body)))
	}
	return g
}

func (g *Guide) add(d doc) {
	g.byID[d.id] = len(g.docs)
	g.docs = append(g.docs, d)
}

// Terms returns the glossary in alphabetical order of name.
func (g *Guide) Terms() []Term { return g.terms }

// Articles returns the articles in reading order.
func (g *Guide) Articles() []Article { return g.articles }

// Term returns the glossary term with this ID.
func (g *Guide) Term(id string) (Term, bool) {
	for _, t := range g.terms {
		if t.ID == id {
			return t, true
		}
	}
	return Term{}, false
}

// Article returns the article with this ID.
func (g *Guide) Article(id string) (Article, bool) {
	for _, a := range g.articles {
		if a.ID == id {
			return a, true
		}
	}
	return Article{}, false
}

// Lookup returns a reference to the term or article with this ID, so a
// screen holding only an ID (say "hard-limit") can show a link to it.
func (g *Guide) Lookup(id string) (Ref, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Ref{}, false
	}
	d := g.docs[i]
	return Ref{Kind: d.kind, ID: d.id, Title: d.title, Snippet: d.opening()}, true
}

func blockPieces(body []Block) []piece {
	var out []piece
	for _, b := range body {
		if b.Text != "" {
			out = append(out, piece{text: b.Text, heading: b.Kind == Heading})
		}
		for _, it := range b.Items {
			out = append(out, piece{text: it})
		}
	}
	return out
}
